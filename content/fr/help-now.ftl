title = Obtenir de l'aide maintenant
summary = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }. C'est gratuit.
    Pour de l'aide et des conseils, appelez le Centre danois contre la traite des êtres humains (CMM).

danger = Êtes-vous en danger en ce moment ?
    .p1 = Appelez le { CALL("emergency") } si votre vie est en danger, si un crime grave est en train de se passer, ou si quelqu'un est gravement blessé ou très malade.
    .action = { CALL("emergency") }
    .p2 = L'appel est gratuit. Il fonctionne même si votre téléphone n'a plus de crédit ou s'il est bloqué.
    .p3 = Dites ce qui s'est passé, où vous êtes, et combien de personnes sont blessées.
    .important = Tous les appels d'urgence sont enregistrés.

cmm = Appelez le Centre danois contre la traite des êtres humains
    .p1 = Le Centre danois contre la traite des êtres humains (CMM) fait partie de l'État danois. Il aide les personnes qui sont peut-être victimes de la traite des êtres humains. La ligne d'aide est le moyen le plus simple de joindre le CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Vous pouvez aussi appeler si vous pensez qu'une autre personne est exploitée, ou si vous voulez simplement des conseils.
    .p3 = Vous pouvez aussi écrire à { EMAIL("cmm-hotline") }. Si vous voulez envoyer des informations privées par e-mail, prévenez d'abord le CMM.

first-talk = Ce qui se passe quand vous parlez au CMM
    .p1 = Le premier entretien avec le CMM se passe ainsi :
    .list1 =
        - L'entretien peut être anonyme. Vous n'avez pas à dire qui vous êtes.
        - Vous choisissez si vous voulez participer.
        - Le CMM transmet ce que vous dites seulement si vous êtes d'accord.
        - Vous pouvez venir avec une personne de confiance pour vous soutenir.
        - Souvent, un interprète est présent si vous ne parlez pas bien danois ou anglais.
    .p2 = L'entretien peut avoir lieu au CMM, dans un foyer, en prison, dans un centre pour demandeurs d'asile, ou là où vous logez.
    .p3 = Pendant que le CMM examine votre situation, il peut vous proposer du soutien et un endroit où loger, si vous en avez besoin.

police-and-cmm = Le CMM et la police
    .p1 = Vous pouvez recevoir l'aide du CMM même si vous n'allez pas à la police.
    .important = Attention : le CMM travaille en lien étroit avec la police. Le CMM informe la police des cas sans donner de noms, et il encourage les victimes à contacter la police.

not-urgent = Quand ce n'est pas urgent
    .p1 = Appelez la police au { CALL("police") } pour signaler un crime quand la police n'a pas besoin de venir tout de suite, pour poser une question sur votre dossier, ou pour donner des informations à la police.
    .action = { CALL("police") }
    .p2 = Si votre téléphone a une carte SIM étrangère, ajoutez l'indicatif du Danemark devant le numéro.
    .p3 = Ces appels sont aussi enregistrés.
