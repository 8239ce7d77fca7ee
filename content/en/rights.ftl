title = Your rights
summary = Much of the help here is only for people the authorities find to be victims of human trafficking.
    What you get also depends on your papers and on any court case.
    Ask CMM what applies to you.

who-decides = Who decides if you are a victim
    .p1 = Most of the help on this page is for people who are found to be victims of human trafficking. Who decides this depends on your situation:
    .list1 =
        - If you are in Denmark legally, CMM decides. For example, you are a Danish or EU citizen, or you have papers to stay.
        - If you have no legal right to stay in Denmark, or you are asking for asylum, the Danish Immigration Service (Udlændingestyrelsen) decides. In some cases another state office, SIRI, decides.
        - If you are on trial for a crime, the court can decide that you are a victim.
    .p2 = The first talk with CMM does not, on its own, give you the help on this page.
    .important = Be aware: in 2011 the Immigration Service said that it decides using information from the police and what you told CMM.

reflection = The reflection period
    .p1 = If you are found to be a victim, you are offered a period of 30 days. It is called the reflection period. It is meant to give you time to get away from the people who exploit you, and to recover.
    .p2 = What this period means depends on your papers.
    .list1 =
        - If you have no legal right to stay in Denmark, the reflection period is a deadline to leave Denmark. If asked, the Danish Immigration Service sets the deadline 30 days away.
        - If you are in Denmark legally, you get a similar period with the same help. It is called the restitution period.
    .p3 = If asked, the Immigration Service can set the deadline later or make it longer. This can happen when there are special reasons, or when you work with the authorities to plan a voluntary return home. The deadline can never be more than 120 days away. The rule is in the Aliens Act, § 33(14).
    .important = The reflection period is not a permit to stay in Denmark. To ask for a longer period, ask CMM or a lawyer how to do it.

support = Help during the reflection period
    .p1 = During the period you can be offered:
    .list1 =
        - a place to stay, with meals
        - help from a doctor
        - help from a psychologist
        - legal help
        - classes and learning activities
        - help to contact organisations in your home country, if you want
    .p2 = You also get a contact person from CMM. This person explains the help you can get. They also work with others about your case, such as the Immigration Service, lawyers, the police and the Red Cross.
    .p3 = Help from CMM does not depend on you working with the police.

no-legal-stay = If you have no legal right to stay
    .p1 = If you may be a victim and have no legal right to stay, the police can decide where you stay while your case is looked at. They can place you in a crisis centre or other housing. This is a police decision under the Aliens Act (§ 34(1)(3)). It is not the same as a place that CMM offers you.
    .important = Be aware of the risk. People who may be victims have been locked up (detained) in Denmark while their case or their papers were checked. Some people whom CMM found to be victims have still been sent out of Denmark.
    .p2 = Ask CMM or a lawyer what this means for you before you decide what to do.

lawyer = A victim's lawyer in a criminal case
    .p1 = When the police and the courts deal with a crime against you, you may get a lawyer of your own. In Danish this lawyer is called a "bistandsadvokat", a victim's lawyer. The rule is in the Administration of Justice Act, § 741 a. It covers human trafficking.
    .p2 = This lawyer belongs to the criminal case about the crime against you. The state pays for the lawyer. The court appoints the lawyer, and you can ask for a particular lawyer.
    .important = It is not confirmed how a victim of human trafficking asks for this lawyer, or whether you get one without asking. Ask CMM or the police.
    .p3 = A victim's lawyer can:
    .list1 =
        - give you advice while the police investigate
        - come with you when the police question you
        - explain how the trial works
        - come with you when you speak as a witness in court
        - work out your claim for money and present it in the court case
    .p4 = CMM can also give you legal help and advice: about your rights and choices, about being a witness, about claiming money, and about getting a lawyer.
    .p5 = If you are charged with a crime yourself, you have the right to a defence lawyer.

compensation = Money for the harm done to you
    .p1 = If a crime hurt your body or your mind, you can apply to the Danish state for money. This money is called compensation. The Criminal Injuries Compensation Board (Erstatningsnævnet) decides.
    .p2 = There are conditions:
    .list1 =
        - As a rule, the crime must be reported to the police within 72 hours.
        - If there is a court case, you must ask for compensation in that case.
        - You must apply within 2 years. The 2 years count from the crime, from the final judgment, or from when the police closed the case.
    .important = It is not confirmed whether the 72-hour rule is made easier for victims of human trafficking. Ask CMM or a lawyer.
    .p3 = You apply through the police. They send your application and the case papers to the Board.
    .p4 = The Board usually decides after the court case has ended. You can apply to the Board if the person who hurt you was found guilty but has not paid you, if they were found not guilty, or if no one knows who they are.
    .p5 = Compensation can pay for treatment, lost pay, pain and suffering, lasting injury, lost ability to work, lawyer's costs and other losses.

residence = Can I stay in Denmark?
    .p1 = Being a victim of human trafficking is not enough, on its own, to get a permit to stay in Denmark. It can be one part of an application for asylum. In the five years before 2017, only four victims got asylum.
    .p2 = The law allows a permit to stay for a person who is needed for a police investigation or a court case. The permit cannot last longer than the investigation or the court case. This permit is given very rarely.
    .p3 = A permit to stay for humanitarian reasons is decided case by case. It is given only as a rare exception.
    .important = Ask a lawyer or your CMM contact person what this means for you.

return = Going home with help
    .p1 = If you are found to be a victim, you are offered help to go back to your home country, or to another country where you have a permit to stay. This is called a prepared return. It is voluntary.
    .p2 = You are offered this help even if you do not work with the police or speak in court.
    .p3 = The return is planned with you during the reflection period. After you arrive, you can get support for about six months. It can include:
    .list1 =
        - money each month
        - help with housing
        - help to start a way to earn money, for example a small shop or a hairdresser's
        - medical help
        - school or education, also for your children
    .p4 = Before you leave, your contact person looks with you and the Danish Return Agency at what could put you in danger. Your safety needs are passed on to a partner organisation in your home country.
