title = Obtenir de l'aide maintenant
summary = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }. C'est gratuit.
    Pour de l'aide et des conseils, appelez le Centre danois contre la traite des êtres humains (CMM).

danger = Êtes-vous en danger en ce moment ?
    .p1 = Appelez le { CALL("emergency") } si la vie de quelqu'un est en danger, si un crime grave est en train de se passer, s'il y a un incendie ou un accident, ou si quelqu'un est si blessé ou si malade que sa vie est en danger.
    .action = { CALL("emergency") }
    .p2 = L'appel est gratuit. Il fonctionne même si votre téléphone n'a plus de crédit ou s'il est bloqué.
    .p3 = La personne qui répond va vous demander ce qui s'est passé, où et quand, où envoyer de l'aide, et combien de personnes sont blessées.
    .important = Tous les appels d'urgence sont enregistrés.

cmm = Appelez le Centre danois contre la traite des êtres humains
    .p1 = Le Centre danois contre la traite des êtres humains (CMM) fait partie d'une autorité de l'État danois. Il aide à déterminer si des personnes ont été victimes de la traite, et il leur propose de l'aide, du soutien et des conseils. La ligne d'aide est le moyen le plus simple de joindre le CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Vous pouvez aussi appeler si vous pensez qu'une autre personne est exploitée, ou si vous voulez simplement des conseils. Vous pouvez parler d'une situation au CMM sans donner votre nom.
    .p3 = Vous pouvez aussi écrire à { EMAIL("cmm-hotline") }. Si vous voulez envoyer des informations privées par e-mail, prévenez d'abord le CMM.
    .p4 = Cette application ne donne pas les horaires ni les langues de la ligne d'aide, parce qu'ils ne sont pas confirmés. Demandez au CMM. Si personne ne répond et que vous êtes en danger, appelez le { CALL("emergency") }.
    .important = Pensez à qui peut voir votre téléphone. Un appel que vous faites depuis cette application, même au { CALL("emergency") } ou au { CALL("police") }, apparaît dans la liste des appels de votre téléphone. Il peut aussi apparaître sur votre facture de téléphone. Un e-mail que vous envoyez reste dans votre dossier « Envoyés ».

first-talk = Ce qui se passe quand vous parlez au CMM
    .p1 = Le premier entretien avec le CMM se passe ainsi :
    .list1 =
        - L'entretien est anonyme. Vous n'êtes pas obligé de donner votre nom.
        - Vous choisissez si vous voulez participer.
        - Le CMM transmet vos informations seulement si vous êtes d'accord. Mais lisez plus bas ce que le CMM dit à la police.
        - Vous pouvez venir avec une personne de confiance pour vous soutenir.
        - Si vous avez moins de 18 ans, un représentant personnel est normalement avec vous.
        - Souvent, un interprète est présent si vous ne parlez pas bien danois ou anglais.
    .p2 = L'entretien peut avoir lieu au CMM, dans un foyer, dans une maison d'arrêt ou une prison, dans un centre pour demandeurs d'asile, ou là où vous logez.
    .p3 = Pendant que le CMM examine votre situation, il peut vous proposer du soutien et un endroit où loger, si vous en avez besoin.

police-and-cmm = Ce que le CMM dit à la police
    .p1 = Vous pouvez recevoir l'aide du CMM même si vous n'allez pas à la police.
    .p2 = Le CMM travaille en lien étroit avec la police. Voici ce que l'on sait sur ce que la police apprend :
    .list1 =
        - Votre nom et vos informations : le CMM dit qu'il les transmet seulement si vous êtes d'accord.
        - Votre cas : un article de presse de 2025 dit que le CMM informe maintenant la police des cas, sans donner de noms. Il dit aussi que le CMM encourage les victimes à contacter elles-mêmes la police.
        - L'article ne dit pas ce que le CMM dit d'autre à la police sur un cas.
    .p3 = Si vous n'avez pas de papiers pour rester au Danemark, c'est le Service danois de l'immigration qui décide si vous êtes une victime, pas le CMM. Le Service de l'immigration a dit qu'il utilise des informations de la police et ce que la personne a dit au CMM.
    .important = Avant de donner votre nom ou des détails, demandez au CMM : « Qu'allez-vous dire sur moi à la police ou au Service de l'immigration ? »

after-call = Ce qui se passe après votre appel
    .p1 = Voici les étapes, pour autant qu'on les connaisse :
    .list1 =
        - Vous parlez de votre situation au CMM. Vous n'êtes pas obligé de donner votre nom.
        - S'il s'agit peut-être de traite des êtres humains, le CMM peut vous proposer un premier entretien. Vous choisissez si vous le voulez.
        - Pendant que votre situation est examinée, le CMM peut vous proposer du soutien et un endroit où loger, si vous en avez besoin.
        - Ensuite, quelqu'un décide si vous êtes victime de la traite des êtres humains. Si vous êtes au Danemark de façon légale, c'est le CMM qui décide. Si vous n'avez pas de séjour légal, ou si vous demandez l'asile, c'est le Service danois de l'immigration qui décide. Si vous êtes jugé pour un crime, le tribunal peut le décider.
        - Si vous êtes reconnu comme victime, on vous propose une période de 30 jours pour vous éloigner de l'exploitation et vous remettre. On l'appelle la période de réflexion (pour les personnes au Danemark de façon légale, la période de rétablissement). Elle peut être plus longue, jusqu'à 120 jours, quand il y a des raisons particulières ou si vous participez à la préparation d'un retour dans votre pays.
        - Vous avez une personne de contact au CMM. Cette personne vous explique l'aide que vous pouvez recevoir, et elle travaille avec d'autres, comme le Service de l'immigration, les avocats, la police et la Croix-Rouge.
    .important = Si vous n'avez pas de séjour légal, la période de réflexion n'est pas un permis pour rester. C'est une date plus tardive à laquelle vous devez avoir quitté le Danemark. Lisez « Pas de papiers ? Peur de la police ? »
    .p2 = L'aide que le CMM propose, et l'offre d'un retour préparé dans votre pays, ne dépendent pas du fait que vous aidiez la police.
    .p3 = Votre personne de contact regarde aussi votre sécurité avec vous. Cela peut être des conseils pour rester en sécurité et pour protéger votre téléphone, un changement de logement, ou un contact avec la police.

not-urgent = Quand ce n'est pas urgent
    .p1 = Appelez la police au { CALL("police") } pour signaler un crime quand la police n'a pas besoin de venir tout de suite, pour poser une question sur votre dossier, ou pour donner des informations à la police.
    .action = { CALL("police") }
    .p2 = Si votre téléphone a une carte SIM étrangère, ajoutez l'indicatif du Danemark devant le numéro.
    .p3 = Ces appels sont aussi enregistrés.
