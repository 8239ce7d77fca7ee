title = Your rights
summary = If you are a victim of human trafficking, Denmark gives you time to rest and get help.
    You can get a safe place to stay, health care, legal help and your own lawyer.

reflection = Time to rest and recover
    .p1 = When the authorities find that you are a victim of human trafficking, you are offered 30 days to rest and recover. This is called the reflection period. It gives you time to get away from the people who exploit you, and to get better.
    .p2 = The period can be longer, up to 120 days, if you work with the authorities to plan a voluntary return home.
    .p3 = If you are in Denmark legally, you get a similar period with the same help.

support = Help during this time
    .p1 = During this time you can get:
    .list1 =
        - a safe place to stay, with meals
        - help from a doctor
        - help from a psychologist
        - legal help
        - classes and learning activities
        - help to contact organisations in your home country, if you want
    .p2 = You also get a contact person from CMM. This person explains the help you can get. They also work with others for you, such as the immigration office, lawyers, the police and the Red Cross.

lawyer = Your own lawyer, for free
    .p1 = As a victim of human trafficking, you can get your own lawyer. In Danish this lawyer is called a "bistandsadvokat", a victim's lawyer. The state pays for the lawyer.
    .p2 = Ask the police for a victim's lawyer. The court then picks the lawyer. You can ask for a particular lawyer. CMM can also help you get a lawyer.
    .list1 =
        - The lawyer gives you advice while the police investigate.
        - The lawyer can come with you when the police talk to you.
        - The lawyer explains how the trial works.
        - The lawyer can come with you when you speak in court.
        - The lawyer can work out your claim for money and present it in the court case.
    .p3 = If you are charged with a crime yourself, you have the right to a defence lawyer.

compensation = Money for the harm done to you
    .p1 = If a crime hurt your body or your mind, you can ask the Danish state for money. This money is called compensation. The Criminal Injuries Compensation Board (Erstatningsnævnet) decides.
    .p2 = The main rules are:
    .list1 =
        - As a rule, the crime must be reported to the police within 72 hours.
        - If there is a court case, you must ask for compensation in that case.
        - You must apply within 2 years. The 2 years count from the crime, from the final judgment, or from when the police closed the case.
    .p3 = You apply through the police. They send your application to the Board. Your lawyer can help you.
    .p4 = Compensation can pay for treatment, lost pay, pain and suffering, and lasting injury. The Board usually decides after the court case has ended.

residence = Can I stay in Denmark?
    .p1 = Being a victim of human trafficking is not enough, on its own, to get a permit to stay in Denmark. It can be one part of an application for asylum. In the past, very few victims got asylum.
    .p2 = The law allows a permit to stay for a person who is needed for a police investigation or a court case. The permit ends when the case ends. This permit is given very rarely.
    .p3 = A permit to stay for humanitarian reasons is given only as a rare exception.
    .important = Ask your lawyer or your CMM contact person what this means for you.

return = Going home safely
    .p1 = You can get help to go back to your home country, or to another country where you have a permit to stay. This is called a prepared return. It is voluntary.
    .p2 = You get this help even if you do not work with the police or speak in court.
    .p3 = The return is planned with you during the reflection period. After you arrive, you can get support for about six months. It can include:
    .list1 =
        - money each month
        - help with housing
        - help to start a way to earn money, for example a small shop or a hairdresser's
        - medical help
        - school or education, also for your children
    .p4 = Before you leave, your contact person checks with you what could put you in danger. Your safety needs are passed on to a partner organisation in your home country.
