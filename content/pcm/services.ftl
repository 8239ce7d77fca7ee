emergency = Emergency number
    .description = For when life dey for danger, serious crime, fire, or sickness or wound wey fit kill person. Di call na free, even if your phone no get credit. Dem dey record every call.

police = Police (e no dey urgent)
    .description = For things wey no dey urgent: to report crime wey no need police dat same time, to ask about your case, or to give police information. Dem dey record di calls.

cmm-hotline = Di Danish Centre against Human Trafficking (CMM)
    .description = Di national centre wey dey help pipo wey fit be victim of human trafficking. Na im dey decide whether pipo wey dey Denmark legally be victim. E dey give every victim one contact person, and e dey arrange safe place to stay, support and help to go home. CMM dey work close with police: e dey report cases to police without names. Nobody don confirm whether call to di hotline na free, or di time wey di hotline dey open.

reden-international = Reden International (organisation for women)
    .description = Organisation wey dey run two shelters for women wey be victim of human trafficking. Di addresses na secret. E also dey run Mødestedet, one drop-in centre for Copenhagen for foreign women wey dey sell sex, and e dey give health help.
    .access = Reach dem through di CMM hotline.

hopenow = HopeNow (organisation wey dey help victims)
    .description = Organisation wey dey help pipo wey dem don traffic. E dey give advice, therapy and guidance about law, and e fit follow you go court, police, lawyers and hospitals. E also dey work with men.
    .access = Visit dia website, or ask di CMM hotline.

amiami = AmiAmi (organisation wey dey visit)
    .description = Organisation wey dey visit women and trans pipo wey dey sell sex, and e dey offer talks and health checks.
    .access = Nobody don confirm how to contact dem. Ask di CMM hotline.

red-cross-clinic = Red Cross Health Clinic (free clinic)
    .description = Free health care for pipo wey no get papers, for Copenhagen, Aarhus and Odense. Di addresses no dey public, to keep pipo safe.
    .access = Ask one organisation or one street worker wey you trust, or di CMM hotline.

red-cross-asylum = Danish Red Cross for asylum centres
    .description = E dey check all di children wey come Denmark alone and wey dey live for asylum centre, for signs of human trafficking.
    .access = Ask di workers for your asylum centre.

danish-refugee-council = Di Danish Refugee Council (Dansk Flygtningehjælp)
    .description = E dey help pipo wey dey go home with prepared return, together with partner organisations for dia home country.
    .access = Your CMM contact person go arrange dis one with you.

return-agency = Di Danish Return Agency (Hjemrejsestyrelsen)
    .description = E dey arrange di journey go home for prepared return: travel documents, tickets and help for airports.
    .access = Your CMM contact person go arrange dis one with you.

compensation-board = Di Criminal Injuries Compensation Board (Erstatningsnævnet)
    .description = E dey decide on money from government for pipo wey crime don harm. You go apply through police.
    .access = Apply through police. Lawyer for victim fit help with di money wey you dey claim for di court case.

prosecution-service = Di Prosecution Service (Anklagemyndigheden)
    .description = Di Danish public prosecutors. Dia website dey explain how dem fit protect witnesses for court.
    .access = Ask your lawyer or police.

union-3f = 3F (United Federation of Danish Workers), union for workers
    .description = One trade union. E talk say e be di biggest for Denmark, say e know di pay wey you get right to, and say e dey help you get your money back if your employer cheat you. E dey tell victims of forced labour make dem call CMM.
    .access = Contact di 3F union for your area.

working-environment-authority = Di Danish Working Environment Authority (Arbejdstilsynet)
    .description = E dey inspect all companies wey dey work for Denmark, also foreign companies. E no dey check pay. Some checks, dem dey do am together with di tax office and police, and then police go check work and residence permits.
    .access = Dis app no get contact details. Ask CMM or union.
