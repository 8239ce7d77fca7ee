title = Pas de papiers ? Peur de la police ?
summary = Vous avez peut-être peur d'être enfermé ou renvoyé dans votre pays si vous demandez de l'aide.
    Cette page vous dit honnêtement ce qui peut arriver. Personne ne peut vous promettre que c'est sans risque.
    Vous pouvez d'abord appeler le CMM sans donner votre nom.

honest-answer = Est-ce que je peux être enfermé ou renvoyé dans mon pays ?
    .p1 = Oui, cela peut arriver. Nous ne vous dirons pas que c'est impossible.
    .list1 =
        - L'Institut danois des droits de l'homme a écrit que, pour les personnes qui n'ont pas le droit de rester ou qui ont un droit limité, le contact avec les autorités mène très probablement à être enregistré, enfermé (placé en détention) et renvoyé du Danemark.
        - Des rapports américains disent que des victimes ont été enfermées pendant que leurs papiers étaient vérifiés (2017), et que les autorités pouvaient garder des victimes possibles pendant 72 heures, et plus longtemps si nécessaire (2018 à 2020).
        - En 2023, un rapport américain a dit que le Danemark cherchait encore surtout à renvoyer certaines victimes étrangères du pays, au lieu de vérifier si elles étaient des victimes.
        - Une organisation, Reden International, dit que vendre des services sexuels n'est pas illégal au Danemark, mais que les femmes étrangères qui le font sont arrêtées pour travail sans permis ou pour séjour sans papiers, et sont souvent renvoyées du Danemark très rapidement.
    .p2 = Être une victime ne l'empêche pas toujours. En 2015, une femme du Nigeria a été enfermée pour être renvoyée du Danemark, alors qu'elle avait été reconnue deux fois comme victime. Elle avait quitté le Danemark deux fois sans prendre l'aide qu'on lui proposait. Dans une autre affaire la même année, une femme du Nigeria a été renvoyée du Danemark avec une interdiction de revenir pendant deux ans, alors que le CMM l'avait reconnue comme victime.

ask-first = Vous pouvez d'abord poser vos questions, sans donner votre nom
    .p1 = Vous pouvez appeler la ligne d'aide du CMM et parler de votre situation sans donner votre nom. Vous pouvez demander ce qui va vous arriver avant de décider quoi que ce soit.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Le premier entretien avec le CMM est anonyme, et vous choisissez si vous voulez y participer.
        - Le CMM dit qu'il transmet vos informations seulement si vous êtes d'accord.
        - Mais le CMM travaille en lien étroit avec la police. Un article de presse de 2025 dit que le CMM informe maintenant la police des cas, sans donner de noms.
    .important = Avant de donner votre nom, demandez au CMM : « Que va-t-il m'arriver si je n'ai pas de papiers ? Qu'allez-vous dire à la police ou au Service de l'immigration ? »

who-decides = Qui décide si vous êtes une victime
    .p1 = Si vous n'avez pas de papiers pour rester au Danemark, ou si vous demandez l'asile, ce n'est pas le CMM qui décide si vous êtes victime de la traite des êtres humains. C'est le Service danois de l'immigration (Udlændingestyrelsen) qui décide.
    .list1 =
        - Dans certains cas, c'est l'Agence danoise pour le recrutement international et l'intégration (SIRI) qui décide.
        - Si vous êtes jugé pour un crime, le tribunal peut le décider.
        - Dans les affaires de prostitution où la personne n'a pas de papiers, le CMM est toujours contacté.
    .p2 = Le Service de l'immigration a dit qu'il utilise des informations de la police et ce que la personne a dit au CMM.
    .p3 = Un premier entretien avec le CMM ne vous donne pas, à lui seul, l'aide prévue pour les victimes.

reflection = Ce que la période de réflexion veut dire pour vous
    .p1 = Si vous êtes reconnu comme victime et que vous n'avez pas de papiers, le Service de l'immigration peut fixer une date à laquelle vous devez avoir quitté le Danemark. Si on le lui demande, il fixe cette date à 30 jours plus tard. Ces 30 jours s'appellent la période de réflexion. Ils vous donnent le temps de vous éloigner de l'exploitation et de vous remettre.
    .important = La période de réflexion n'est pas un permis pour rester au Danemark. C'est une date plus tardive à laquelle vous devez être parti.
    .list1 =
        - Si on le demande, la date peut être fixée plus tard ou repoussée, quand il y a des raisons particulières, ou quand vous participez à la préparation d'un retour dans votre pays.
        - Elle ne peut jamais dépasser 120 jours.
        - Pendant ce temps, on peut vous proposer un endroit où loger avec les repas, un médecin, un psychologue, une aide juridique, et des activités pour apprendre.
    .p2 = Cela vient de la loi sur les étrangers, article 33(14).
    .p3 = Pour savoir comment demander la période de réflexion, ou plus de temps : demandez au CMM.

stay = Est-ce que je peux rester au Danemark ?
    .list1 =
        - Être victime de la traite des êtres humains ne suffit pas, à lui seul, pour avoir un permis de séjour au Danemark. Cela peut être une partie d'une demande d'asile.
        - Il existe un permis pour les personnes dont on a besoin pour une enquête de police ou un procès. Il est donné très rarement, et il ne peut pas durer plus longtemps que l'enquête ou le procès.
    .p1 = Demandez au CMM ce qui est possible pour vous.

police-housing = Si la police vous place dans un logement
    .p1 = Si vous n'avez pas de papiers, la police peut vous placer dans un centre de crise ou dans un autre logement pendant que votre dossier est examiné. C'est la police qui le décide. C'est une règle de la loi sur les étrangers, article 34(1)(3).
    .important = Ce n'est pas la même chose qu'un endroit sûr que vous choisissez. Des personnes qui étaient peut-être des victimes ont aussi été enfermées (placées en détention) pendant que leur dossier était examiné.

being-sent-away = Si les autorités veulent vous renvoyer du Danemark
    .p1 = Quand les autorités décident de renvoyer ou non une personne du Danemark, elles doivent accorder une importance particulière à deux questions : est-ce que les raisons viennent du fait que la personne a été victime de la traite, et est-ce que cela parle contre son renvoi. C'était la règle de la loi sur les étrangers, article 26 a, en 2011 et en 2015.
    .p2 = Comme le montrent les deux affaires plus haut, cela n'empêche pas toujours le renvoi. La règle et la façon de l'appliquer ont peut-être changé depuis. Demandez au CMM ou à un avocat.
    .p3 = Un rapport américain de 2021 dit que les passeports de victimes étrangères qui travaillaient avec les autorités ont été gardés sans leur accord.
    .p4 = Si on vous a forcé à travailler sans permis ou à commettre un crime, lisez « Forcé à mendier ou à commettre des crimes ».

get-help = Par où commencer
    .p1 = Commencez par la ligne d'aide du CMM. Vous n'êtes pas obligé de donner votre nom.
    .action = { CALL("cmm-hotline") }
    .p2 = Les femmes qui vendent des services sexuels peuvent aller à Mødestedet, un lieu d'accueil sans rendez-vous géré par Reden International à Indre Vesterbro, à Copenhague. Vous n'êtes pas obligée d'y donner votre nom. Demandez au CMM comment le trouver.
    .p3 = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }.
