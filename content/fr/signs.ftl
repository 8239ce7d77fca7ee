title = Est-ce que quelqu'un m'exploite ?
summary = Certains signes montrent qu'une personne est exploitée ou forcée à travailler.
    Un seul signe ne suffit pas toujours pour le prouver. Plusieurs signes ensemble sont un avertissement sérieux.
    Si cela ressemble à votre situation, appelez le CMM.

warning-signs = Signes d'alerte
    .p1 = Le Centre danois contre la traite des êtres humains (CMM) donne ces signes d'alerte :
    .list1 =
        - Quelqu'un a pris votre passeport ou votre carte d'identité.
        - Vous devez de l'argent à la personne qui vous a fait venir ici ou qui vous a trouvé le travail.
        - On garde votre salaire, ou il est beaucoup plus bas que ce qu'on vous avait promis.
        - Vous n'avez pas de contrat, ou le contrat est dans une langue que vous ne comprenez pas.
        - Quelqu'un vous menace, vous ou votre famille.
        - Vous n'avez pas le contrôle de votre MitID ou NemID, votre identité numérique danoise.

more-signs = Autres signes de travail forcé
    .p1 = L'Organisation internationale du Travail (OIT) donne d'autres signes :
    .list1 =
        - On vous a menti sur le travail, le salaire ou le lieu.
        - Vous n'êtes pas libre de partir, ou vous ne pouvez pas aller où vous voulez.
        - On vous empêche de voir d'autres personnes.
        - Quelqu'un vous frappe, vous fait du mal, ou vous force à avoir des relations sexuelles.
        - Vous devez travailler pendant de très longues heures.
        - Les conditions sont très mauvaises là où vous travaillez ou là où vous vivez.
        - Quelqu'un utilise votre situation difficile contre vous.

what-it-means = Ce que veulent dire les signes
    .p1 = Un seul signe ne suffit pas toujours pour prouver qu'il s'agit de travail forcé.
    .p2 = Mais plusieurs signes ensemble montrent fortement qu'il s'agit de travail forcé.
    .important = Vous pouvez recevoir de l'aide pour partir, et du soutien de l'État danois.

next-step = Que faire ensuite
    .p1 = Appelez la ligne d'aide du CMM. Vous pouvez parler de votre situation sans donner votre nom.
    .action = { CALL("cmm-hotline") }
    .p2 = Vous pensez qu'une autre personne est exploitée ? Vous pouvez aussi appeler le CMM pour elle.
    .p3 = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }.
