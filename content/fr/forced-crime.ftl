title = Forcé à mendier ou à commettre des crimes
summary = Être forcé à mendier, à voler, à vendre de la drogue ou à commettre d'autres crimes peut être de la traite des êtres humains.
    Vous avez peut-être peur d'être puni. Cette page vous dit honnêtement ce que l'on sait.
    Vous pouvez appeler le CMM sans donner votre nom.

what-it-is = Ce que sont les crimes forcés
    .p1 = Au Danemark, la loi contre la traite des êtres humains couvre aussi les personnes que l'on utilise pour commettre des crimes.
    .p2 = La mendicité peut aussi être de la traite des êtres humains. Le gouvernement danois a cité la mendicité, le vol à la tire et la vente de drogue parmi les domaines où la traite peut se produire. Il a aussi dit qu'il voulait un nouveau plan contre la traite des êtres humains, centré sur la mendicité et sur les enfants.
    .p3 = Le CMM a trouvé des personnes qui étaient forcées à :
    .list1 =
        - voler, ou cambrioler des maisons
        - transporter ou vendre de la drogue
        - cultiver du cannabis
        - tromper les impôts en tenant un magasin
    .p4 = Parfois, les trafiquants utilisent le nom et les papiers d'identité d'une personne pour tromper des entreprises et les impôts. Dans une affaire, des personnes pauvres de Roumanie ont été amenées au Danemark avec de fausses offres de travail, et leurs noms ont été utilisés pour des fraudes. Les trafiquants ont été déclarés coupables de traite des êtres humains.

who = À qui cela arrive
    .p1 = Le CMM décrit un groupe de garçons et de jeunes hommes d'Afrique du Nord. Des gangs les utilisent pour voler, cambrioler des maisons, et transporter et vendre de la drogue.
    .list1 =
        - Certains ont été blessés, abusés sexuellement ou menacés, aussi avec des armes.
        - Ils savent que dire non au gang peut avoir des conséquences graves.
        - Le gang sait peut-être où vit leur famille, dans leur pays.
        - Beaucoup sont venus seuls au Danemark quand ils étaient enfants, et ont demandé l'asile.
    .p2 = Des hommes peuvent aussi être utilisés. Par exemple, des hommes du Vietnam ont été utilisés pour cultiver du cannabis.

punished = Est-ce que je serai puni pour ce qu'on m'a forcé à faire ?
    .p1 = Nous ne pouvons pas vous promettre que vous ne serez pas puni. Voici ce que l'on sait :
    .list1 =
        - Des rapports américains de 2021 et 2022 disent que la loi danoise n'avait pas de règle claire qui protège les victimes contre une punition pour les crimes qu'on les a forcées à commettre.
        - Les mêmes rapports disent que certaines autorités ont poursuivi des victimes en justice pour de tels crimes, aussi des enfants.
        - En 2024, le CMM a dit que les garçons d'Afrique du Nord forcés à commettre des crimes ne sont souvent pas vus comme des victimes. À la place, ils sont envoyés en prison et renvoyés du Danemark.
        - Les procureurs peuvent abandonner les poursuites pour des crimes moins graves qu'une victime a commis dans le cadre de la traite. La victime peut alors aussi éviter d'être renvoyée du pays.
        - Si vous êtes jugé pour un crime, le tribunal peut décider que vous êtes victime de la traite des êtres humains.
    .important = L'abandon des poursuites est possible seulement si l'on sait que vous avez été victime de la traite. Dites à votre avocat et aux autorités ce qui vous est arrivé.
    .p2 = Si la justice vous accuse d'un crime, vous avez droit à un avocat de la défense.
    .p3 = Vous pouvez être gardé par la police (placé en détention). Des rapports américains de 2018 à 2020 disent que les autorités pouvaient garder des victimes possibles pendant 72 heures, et plus longtemps si nécessaire.
    .p4 = Les règles ont peut-être changé depuis ces rapports. Il existe aussi des instructions pour les procureurs sur les poursuites contre des victimes, et cette application ne sait pas ce qu'elles disent aujourd'hui. Demandez au CMM ou à un avocat quelles sont les règles maintenant.

afraid = Si vous avez peur d'en parler
    .p1 = Beaucoup de personnes dans cette situation ont très peur de raconter leur histoire, à cause des menaces du gang.
    .p2 = Une organisation, HopeNow, dit que beaucoup de victimes possibles sont traitées comme des criminels et gardées en prison jusqu'à ce qu'elles soient reconnues comme victimes. C'est pourquoi beaucoup évitent la police.
    .p3 = Vous pouvez d'abord appeler le CMM et poser des questions sans donner votre nom. L'aide du CMM ne dépend pas du fait que vous alliez à la police.
    .action = { CALL("cmm-hotline") }

get-help = Où trouver de l'aide
    .p1 = HopeNow travaille aussi avec les hommes qui ont été utilisés pour des crimes.
    .action = { WEB("hopenow") }
    .p2 = Si vous avez moins de 18 ans, lisez « Si vous avez moins de 18 ans ».
    .p3 = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }.
