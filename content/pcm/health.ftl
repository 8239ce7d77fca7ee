title = Care for your health
summary = If you sick well well or you wound bad, call { CALL("emergency") }.
    Victims fit get extra health care for inside di reflection period.
    Pipo wey no get papers fit get free help for Red Cross health clinics.

emergency-care = If you sick well well or you wound bad
    .p1 = Call { CALL("emergency") }. Di call na free.
    .action = { CALL("emergency") }
    .p2 = If you no get permit to stay for Denmark, di public health system go give you only emergency care. Na di health worker go decide wetin be emergency.

reflection-care = Health care for inside di reflection period
    .p1 = If dem find say you be victim of human trafficking, you fit use extra health offer for inside di reflection period. E include help from doctor and help from psychologist.
    .p2 = Your CMM contact person fit explain di help wey you fit get.
    .action = { CALL("cmm-hotline") }

clinics = Free clinics for pipo wey no get papers
    .p1 = Di Danish Red Cross dey run free health clinics for pipo wey dey live for Denmark without papers. Dis one mean pipo wey no get yellow health card and no get CPR number, di Danish personal ID number.
    .p2 = Clinics dey for Copenhagen, Aarhus and Odense. Dem fit offer:
    .list1 =
        - treatment from doctor
        - vaccines for children (to protect dem from sickness)
        - check-up when you get belle (pregnant)
        - physiotherapy (treatment to help your body move well)
        - emergency care for teeth
        - talk with psychologist
    .p3 = Volunteer interpreters dey help.

find-a-clinic = How to find clinic
    .p1 = Di addresses of di clinics no dey public, so dat pipo wey no get papers go feel safe.
    .p2 = Pipo dey find dem by mouth to mouth, through street workers, and through small papers wey dem dey share (leaflets).
    .p3 = Ask one organisation wey you trust, or call di CMM hotline.

outreach = Health visits for massage clinics
    .p1 = Di organisations AmiAmi and Reden International dey send health teams go massage clinics. Dem dey offer talks and health checks.
    .p2 = Dem also get dia own health clinics.
    .important = No be every visit na health visit. Police and di Danish Tax Agency also dey visit massage clinics to inspect dem and to look for signs of human trafficking.
