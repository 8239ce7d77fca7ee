title = Being a witness
summary = What you tell the police and the court can help stop the people who exploited you.
    There are ways to protect you in court.
    You can get help even if you do not testify.

what-it-is = What testifying means
    .p1 = To testify means to tell the police and a court what happened to you. You are then a witness.
    .p2 = Human trafficking is a serious crime in Denmark. The punishment can be up to 10 years in prison.
    .p3 = In these cases, what the victim says is often the most important proof. Sometimes it is the only proof.

steps = From police report to court
    .p1 = This is how it usually goes:
    .list1 =
        - You tell the police what happened. This is called a police report.
        - The police investigate. They may talk to you again. Your lawyer can come with you.
        - If there is a court case, you may be asked to speak in court as a witness.
        - In court, you answer questions about what happened. Your lawyer can come with you.
    .p2 = Your victim's lawyer can explain each step and how the trial works. The state pays for this lawyer.

protection = How you can be protected
    .p1 = Special help in court is rarely needed. If you need it, your lawyer or the prosecutor can usually agree it with the court before the day.
    .list1 =
        - Someone can meet you when you arrive at court.
        - You can wait in a separate waiting room.
        - If you ask, the court can in some cases seat the accused where you cannot see them while you speak.
        - In special cases, the court can order the accused to leave the courtroom while you speak.
        - Only when your safety makes it really necessary, the court can keep your name, your job and your address secret from the accused.
    .p2 = During the investigation, the police can also keep some information from the suspect to protect you.
    .important = If anyone threatens you or makes trouble for you because you are a witness, tell the police at once. If you are in danger, call { CALL("emergency") }.

compensation = Asking for money in the court case
    .p1 = If there is a court case against the people who exploited you, ask for compensation in that case. If you do not, you may lose the right to compensation from the state later.
    .p2 = Your victim's lawyer can work out your claim and present it in the court case for you.

forced-crimes = If you were forced to break the law
    .p1 = Some victims are forced to commit crimes by the people who exploit them.
    .p2 = Danish law has not had a clear rule that protects victims from punishment for crimes they were forced to commit.
    .p3 = But the prosecutor can drop the charges for less serious crimes that you committed because you were trafficked. You may then also avoid being sent out of Denmark. This can only happen if the authorities know that you were trafficked.
    .important = Tell your lawyer that you were trafficked. If you are charged with a crime, you have the right to a defence lawyer.

your-choice = Your choices
    .p1 = You can get help from CMM even if you do not go to the police or testify. Help to go home safely does not depend on it either.
    .important = Be aware: CMM works closely with the police. It tells the police about cases without giving names, and it encourages victims to contact the police.
    .p2 = Many choices are still yours:
    .list1 =
        - whether you take part in a talk with CMM
        - whether CMM passes on what you tell it
        - whether you go home with a prepared return
        - whether you ask for protection in court
        - which lawyer you ask for
    .p3 = Ask your lawyer or your CMM contact person before you decide.
