title = Est-ce que quelqu'un m'exploite ?
summary = Certains signes montrent qu'une personne est exploitée : forcée à travailler, à vendre des services sexuels, ou à commettre des crimes.
    Un seul signe ne suffit pas toujours pour le prouver. Plusieurs signes ensemble sont un avertissement sérieux.
    Si cela ressemble à votre situation, appelez le CMM.

warning-signs = Signes de travail forcé
    .p1 = Le Centre danois contre la traite des êtres humains (CMM) donne ces signes d'alerte :
    .list1 =
        - Quelqu'un a pris votre passeport ou votre carte d'identité.
        - Vous devez de l'argent à la personne qui vous a fait venir ici ou qui vous a trouvé le travail.
        - On garde votre salaire, ou il est beaucoup plus bas que ce qu'on vous avait promis.
        - Vous n'avez pas de contrat, ou le contrat est dans une langue que vous ne comprenez pas.
        - On vous a poussé à signer un contrat.
        - Quelqu'un vous menace, vous ou votre famille.
        - Vous n'avez pas le contrôle de votre MitID ou NemID, votre identité numérique danoise.
    .p2 = Le CMM donne aussi ces signes :
    .list2 =
        - Vous devez travailler pendant de longues heures, plus que ce que dit votre contrat.
        - Le travail est mauvais pour la santé ou dangereux.
        - Une grande partie de votre salaire retourne à votre employeur, ou elle est retirée de votre salaire.
        - Vous vivez dans de mauvaises conditions : pas d'intimité, pas de toilettes propres ni d'endroit pour vous laver, ou vous vivez sur votre lieu de travail.
        - Votre employeur dit qu'il va vous renvoyer sans salaire, ou vous dénoncer aux autorités, si vous vous plaignez ou si vous parlez à un syndicat comme 3F.
        - Votre employeur veut parler à votre place avec les autorités ou la banque.
        - On vous surveille, par exemple avec le GPS de votre téléphone ou avec des caméras.
        - On ne vous laisse pas voir un médecin ou aller à l'hôpital quand vous êtes blessé ou malade.

more-signs = Autres signes de travail forcé
    .p1 = L'Organisation internationale du Travail (OIT) a une liste de signes de travail forcé. Elle comprend aussi ceux-ci :
    .list1 =
        - On vous a menti sur le travail, le salaire ou le lieu.
        - Vous n'êtes pas libre de partir, ou vous ne pouvez pas aller où vous voulez.
        - On vous empêche de voir d'autres personnes.
        - Quelqu'un vous frappe, vous fait du mal, ou vous force à avoir des relations sexuelles.
        - Vous devez travailler pendant de très longues heures.
        - Les conditions sont très mauvaises là où vous travaillez ou là où vous vivez.
        - Quelqu'un utilise votre situation difficile contre vous.

what-it-means = Ce que veulent dire les signes de travail forcé
    .p1 = Un seul signe ne suffit pas toujours pour prouver qu'il s'agit de travail forcé.
    .p2 = Mais plusieurs signes ensemble montrent fortement qu'il s'agit de travail forcé.
    .important = Le CMM dit que vous pouvez recevoir de l'aide pour partir, et du soutien de l'État danois.

sexual-signs = Signes d'exploitation sexuelle
    .p1 = Au Danemark, la forme de traite des êtres humains que l'on trouve le plus souvent est l'exploitation sexuelle : des personnes sont forcées à vendre des services sexuels, par exemple dans la prostitution.
    .p2 = Les victimes ne sont pas toutes enfermées ou frappées. Le contrôle est souvent discret et difficile à voir. Des organisations qui aident les femmes dans la prostitution, et le Service danois de l'immigration, décrivent des signes comme ceux-ci :
    .list1 =
        - Vous ne décidez pas quels services sexuels vous vendez, combien de clients vous voyez, ni combien d'argent vous gardez.
        - L'argent va directement à quelqu'un d'autre.
        - Vous avez une grosse dette pour le voyage, le visa ou d'autres frais. La dette est inventée, et il peut falloir des années pour la payer.
        - Quelqu'un d'autre a organisé et payé votre voyage, et a peut-être voyagé avec vous.
        - On vous enferme dans un appartement, ou on vous garde dans une maison loin des autres gens.
        - On vous a obligé à prêter serment, par exemple un serment « juju ».
        - Quelqu'un menace votre famille dans votre pays.
    .p3 = HopeNow, une de ces organisations, dit que ces dettes commencent souvent à 60 000 euros ou plus.

crime-signs = Signes de crimes forcés
    .p1 = Des personnes peuvent aussi être victimes de la traite pour commettre des crimes ou pour mendier. Le CMM et le gouvernement danois décrivent des cas comme ceux-ci :
    .list1 =
        - Quelqu'un vous fait voler, cambrioler des maisons, ou transporter ou vendre de la drogue.
        - Quelqu'un vous fait cultiver du cannabis.
        - Quelqu'un vous fait mendier ou voler dans les poches des gens.
        - Quelqu'un utilise votre nom ou vos papiers d'identité pour tromper des entreprises ou les impôts.
        - On vous menace, peut-être avec des armes. Vous savez que dire non au gang peut avoir des conséquences graves.
        - Les personnes derrière tout cela savent où votre famille vit, dans votre pays.
        - Vous avez très peur de dire à quelqu'un ce qui vous arrive.
    .p2 = Lisez la suite dans « Forcé à mendier ou à commettre des crimes ».

common-signs = Signes présents dans toutes les formes de traite
    .p1 = Le CMM dit que ces choses reviennent souvent dans les cas de traite des êtres humains :
    .list1 =
        - Vous voulez vraiment gagner de l'argent, pour une vie meilleure pour vous et votre famille.
        - Vous semblez menacé et avez l'air d'avoir peur.
        - Vous avez le sentiment de ne pas avoir d'autre choix, et pas d'autre moyen de rembourser votre dette.
        - Vous n'avez pas confiance dans les organisations qui aident, ni dans les autorités, et vous avez peur d'être en contact avec elles.
        - Vous ne savez pas où trouver de l'aide.

next-step = Que faire ensuite
    .p1 = Appelez la ligne d'aide du CMM. Vous pouvez parler de votre situation sans donner votre nom.
    .action = { CALL("cmm-hotline") }
    .p2 = Vous pensez qu'une autre personne est exploitée ? Vous pouvez aussi appeler le CMM pour elle.
    .p3 = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }.
