emergency = Emergency number
    .description = For danger to life, serious crime, fire, or life-threatening illness or injury. The call is free, even with no credit on your phone. Every call is recorded.

police = Police (not urgent)
    .description = For things that are not urgent: to report a crime that does not need the police right away, to ask about your case, or to give the police information. Calls are recorded.

cmm-hotline = Danish Centre against Human Trafficking (CMM)
    .description = The national centre that helps people who may be victims of human trafficking. It decides whether people who are in Denmark legally are victims. It gives each victim a contact person, and arranges a safe place to stay, support and help to go home. CMM works closely with the police: it reports cases to the police without names. It is not confirmed whether a call to the hotline is free, or when the hotline is open.

reden-international = Reden International
    .description = An organisation that runs two shelters for women who are victims of human trafficking. The addresses are secret. It also runs Mødestedet, a drop-in centre in Copenhagen for foreign women who sell sex, and offers health help.
    .access = Reach them through the CMM hotline.

hopenow = HopeNow
    .description = An organisation that helps people who have been trafficked. It gives advice, therapy and legal guidance, and can go with you to court, the police, lawyers and hospitals. It also works with men.
    .access = Visit their website, or ask the CMM hotline.

amiami = AmiAmi
    .description = An organisation that visits women and trans people who sell sex, and offers talks and health checks.
    .access = No contact details are confirmed. Ask the CMM hotline.

red-cross-clinic = Red Cross Health Clinic
    .description = Free health care for people without papers, in Copenhagen, Aarhus and Odense. The addresses are not public, to keep people safe.
    .access = Ask an organisation or a street worker you trust, or the CMM hotline.

red-cross-asylum = Danish Red Cross at asylum centres
    .description = Checks all children who came to Denmark alone and live at an asylum centre for signs of human trafficking.
    .access = Ask the staff at your asylum centre.

danish-refugee-council = Danish Refugee Council (Dansk Flygtningehjælp)
    .description = Helps people who go home with a prepared return, together with partner organisations in their home country.
    .access = Your CMM contact person arranges this with you.

return-agency = Danish Return Agency (Hjemrejsestyrelsen)
    .description = Arranges the journey home for a prepared return: travel documents, tickets and help at airports.
    .access = Your CMM contact person arranges this with you.

compensation-board = Criminal Injuries Compensation Board (Erstatningsnævnet)
    .description = Decides on money from the state for people hurt by a crime. You apply through the police.
    .access = Apply through the police. A victim's lawyer can help with your claim in the court case.

prosecution-service = Prosecution Service (Anklagemyndigheden)
    .description = The Danish public prosecutors. Its website explains how witnesses can be protected in court.
    .access = Ask your lawyer or the police.

union-3f = 3F (United Federation of Danish Workers)
    .description = A trade union. It says it is Denmark's largest, that it knows what pay you have a right to, and that it helps you get money back if your employer cheated you. It tells victims of forced labour to call CMM.
    .access = Contact your local 3F union.

working-environment-authority = Danish Working Environment Authority (Arbejdstilsynet)
    .description = Inspects all companies that work in Denmark, also foreign companies. It does not check pay. Some checks are done together with the tax office and the police, and then the police check work and residence permits.
    .access = No contact details are in this app. Ask CMM or a union.
