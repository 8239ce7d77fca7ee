title = Being a witness
summary = Telling the police what happened and testifying in court are two different steps.
    There are ways to protect you as a witness.
    Help from CMM does not depend on you working with the police.

what-it-is = What testifying means
    .p1 = When you tell the police what happened, you give a statement to the police. This is not testifying.
    .p2 = To testify means to speak as a witness in court, in a criminal case. You answer questions about what happened.
    .p3 = Human trafficking is a serious crime in Denmark. The punishment can be up to 10 years in prison.
    .p4 = In these cases, what the victim says is often the most important proof. Sometimes it is the only proof.

steps = From the police to the court
    .p1 = This is how it usually goes:
    .list1 =
        - You report the crime to the police, and you tell them what happened. This is your statement to the police.
        - The police investigate. They may question you again. A victim's lawyer can come with you.
        - If the case goes to court, you may be called as a witness.
        - In court, you testify: you answer questions about what happened. A victim's lawyer can come with you.
    .p2 = Not every case ends with a court case or a conviction. In 2019, 2020 and 2021 there were no convictions for human trafficking in Denmark.
    .p3 = A victim's lawyer can explain each step and how the trial works. The state pays for this lawyer. How a victim of human trafficking gets one is not confirmed: ask CMM or the police.
    .p4 = If you may leave Denmark before the trial, ask your lawyer about being questioned in court before the trial. The rules for this are not confirmed here.

protection = How you can be protected
    .p1 = Special help in court is rarely needed. If you need it, the prosecutor or your lawyer can usually agree it with the court before the day.
    .list1 =
        - The police or the prosecutor can arrange for someone to meet you when you arrive at court.
        - They can also arrange for you to wait in a separate waiting room.
        - If you ask, the court can in some cases seat the accused where you cannot see them while you testify.
        - In special cases, the court can order the accused to leave the courtroom while you testify.
    .p2 = During the investigation, the police can tell the suspect's lawyer not to pass on some information to the suspect, when this is needed to protect you.
    .important = If anyone threatens you or makes trouble for you because you are a witness, tell the police at once. If you are in danger, call { CALL("emergency") }.

video = Interviews on video
    .p1 = The police can record an interview on video. This is mainly for children and young people under 18. It is also possible for people with a serious mental illness or a significant disability, when special circumstances justify it.
    .p2 = A child under 13 is, as a rule, interviewed on video. For older children, it depends on the case.
    .p3 = If you were interviewed on video in this way, you normally do not have to testify at the trial. A court can order it only in very rare cases.
    .important = It is not confirmed that adult victims of human trafficking can be interviewed on video. Ask your lawyer or CMM.

danger = If you or your family could be in serious danger
    .p1 = In some cases the court can keep your name, your job and your address secret from the accused. The court must find that this is necessary for your safety, and that it probably does not harm the defence.
    .p2 = If you or your family could face serious danger, the court can also order the accused to leave the courtroom while you testify.
    .p3 = These are decisions of the court. Ask your lawyer or the prosecutor if you need them.

closed-court = Can the public be kept out?
    .p1 = Victims of rape, or of similarly serious crimes, have the right to have the public kept out of the courtroom. Your lawyer or the prosecutor can ask for this. If the public is not kept out, the court can instead forbid anyone to report what you say.
    .important = It is not confirmed whether human trafficking counts as "similarly serious". Ask your lawyer or the prosecutor.

compensation = Asking for money in the court case
    .p1 = If there is a court case against the people who exploited you, ask for compensation in that case. If you do not, you may lose the right to compensation from the state later.
    .p2 = A victim's lawyer can work out your claim and present it in the court case for you.

forced-crimes = If you were forced to break the law
    .p1 = Some victims are forced to commit crimes by the people who exploit them.
    .p2 = US reports from 2021 and 2022 said Danish law had no clear rule that protects victims from punishment for crimes they were forced to commit. Whether this has changed is not confirmed. Some victims, also children, have been prosecuted for such crimes.
    .p3 = The prosecutor can drop the charges for less serious crimes that you committed because you were trafficked. You may then also avoid being sent out of Denmark. But this can only happen if the authorities know that you were trafficked.
    .p4 = If you are on trial, the court can decide that you are a victim of human trafficking.
    .important = Tell your lawyer and the authorities that you were trafficked. If you are charged with a crime, you have the right to a defence lawyer. Be aware that people who may be victims have been detained (held by the police).

your-choice = Your choices
    .p1 = Help from CMM does not depend on you going to the police. Help to go home with a prepared return does not depend on it either.
    .important = This is about the help you get. It does not mean that you can refuse if a court calls you as a witness. If you are called, ask your lawyer or CMM what you must do.
    .p2 = Some choices are yours:
    .list1 =
        - whether you take part in the first talk with CMM
        - whether you accept a prepared return
        - whether you ask for protection in court
        - which lawyer you ask the court for
    .p3 = Ask your lawyer or your CMM contact person before you decide.

what-police-learn = What CMM tells the police
    .p1 = In the first talk with CMM, your information is only passed on if you agree.
    .p2 = But CMM works closely with the police. It reports cases to the police without names, and it encourages victims to contact the police. Your CMM contact person also works with the police and the Immigration Service on your case.
    .p3 = Ask CMM, before you tell your story, exactly what it will pass on, and to whom.
