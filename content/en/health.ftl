title = Health care
summary = If you are very ill or badly hurt, call { CALL("emergency") }.
    Victims can get extra health care during the reflection period.
    People without papers can get free help at Red Cross health clinics.

emergency-care = If you are very ill or badly hurt
    .p1 = Call { CALL("emergency") }. The call is free.
    .action = { CALL("emergency") }
    .p2 = If you have no permit to stay in Denmark, the public health system only gives you emergency care. The health worker decides what counts as an emergency.

reflection-care = Health care during the reflection period
    .p1 = If you are found to be a victim of human trafficking, you can use an extra health offer during the reflection period. It includes help from a doctor and help from a psychologist.
    .p2 = Your CMM contact person can explain the help you can get.
    .action = { CALL("cmm-hotline") }

clinics = Free clinics for people without papers
    .p1 = The Danish Red Cross runs free health clinics for people who live in Denmark without papers. This means people with no yellow health card and no CPR number, the Danish personal ID number.
    .p2 = There are clinics in Copenhagen, Aarhus and Odense. They can offer:
    .list1 =
        - treatment by a doctor
        - vaccines for children
        - check-ups when you are pregnant
        - physiotherapy
        - emergency dental care
        - talks with a psychologist
    .p3 = Volunteer interpreters help.

find-a-clinic = How to find a clinic
    .p1 = The addresses of the clinics are not public, so that people without papers feel safe.
    .p2 = People find them by word of mouth, through street workers, and through leaflets.
    .p3 = Ask an organisation you trust, or call the CMM hotline.

outreach = Health visits at massage clinics
    .p1 = The organisations AmiAmi and Reden International send health teams to massage clinics. They offer talks and health checks.
    .p2 = They also have their own health clinics.
    .important = Not every visit is a health visit. The police and the Danish Tax Agency also visit massage clinics to inspect them and look for signs of human trafficking.
