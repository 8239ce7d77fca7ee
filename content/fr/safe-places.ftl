title = Un endroit sûr où loger
summary = On propose aux victimes de la traite des êtres humains un endroit sûr où loger, avec les repas.
    Pour avoir une place, commencez par appeler le CMM.
    Si vous n'avez pas le droit légal de rester, la police peut aussi décider où vous logez.

get-a-place = Comment avoir une place
    .p1 = Appelez la ligne d'aide du CMM. Les places sont organisées par le CMM, votre personne de contact du CMM et les autorités.
    .action = { CALL("cmm-hotline") }
    .p2 = Pendant que le CMM examine votre situation, il peut vous proposer un endroit où loger, si vous en avez besoin.

what-you-get = Quel genre de place
    .p1 = On propose aux victimes un endroit sûr où loger, avec les repas.
    .p2 = Cela peut être un centre de crise, une auberge, ou un centre pour demandeurs d'asile. Les enfants de moins de 18 ans peuvent loger dans un foyer pour enfants.

police-placement = Si la police décide où vous logez
    .p1 = Si vous êtes peut-être une victime et que vous n'avez pas le droit légal de rester au Danemark, la police peut vous placer dans un centre de crise ou dans un autre logement pendant que votre dossier est examiné.
    .p2 = C'est une décision de la police, prise selon la loi sur les étrangers (§ 34(1)(3)). Ce n'est pas la même chose qu'une place que le CMM vous propose.
    .important = Attention : au Danemark, des personnes qui étaient peut-être des victimes ont été enfermées (placées en détention) pendant que leur dossier ou leurs papiers étaient vérifiés. Certaines personnes reconnues comme victimes ont quand même été renvoyées du Danemark. Demandez au CMM ou à un avocat ce que cela veut dire pour vous.

staying-safe = Rester en sécurité
    .p1 = Votre personne de contact du CMM regarde ce qui pourrait vous mettre en danger. Elle peut vous aider pour :
    .list1 =
        - des conseils pour rester en sécurité
        - protéger votre téléphone
        - changer de logement
        - le contact avec la police

women = Des places pour les femmes
    .p1 = L'organisation Reden International a deux foyers pour les femmes qui sont victimes de la traite des êtres humains et qui sont dans la période de réflexion. Les adresses sont gardées secrètes, pour la sécurité des femmes. L'État paie pour ces foyers.
    .p2 = Le foyer donne aux femmes qui y vivent des conseils pour rester en sécurité.
    .p3 = Les femmes qui demandent aussi l'asile logent en général dans un centre pour demandeurs d'asile. Quand leur situation a été examinée, elles peuvent être placées chez Reden International.

men = Des places pour les hommes
    .p1 = Les hommes peuvent loger dans un centre de crise pour hommes, dans un logement accompagné, dans un appartement, ou dans un endroit semblable. Le CMM travaille avec une auberge à Copenhague.
    .p2 = Les hommes qui demandent l'asile logent normalement dans un centre pour demandeurs d'asile.

drop-in = Un lieu d'accueil pour les femmes à Copenhague
    .p1 = Reden International gère Mødestedet, un lieu d'accueil sans rendez-vous à Indre Vesterbro, à Copenhague. Il est pour les femmes étrangères qui vendent des services sexuels.
    .list1 =
        - Vous n'êtes pas obligée de donner votre nom.
        - Vous pouvez recevoir de l'aide pour des problèmes sociaux, juridiques et de santé.
        - Vous pouvez manger un peu et faire une pause loin de la rue.
    .p2 = Demandez à la ligne d'aide du CMM comment le trouver.
