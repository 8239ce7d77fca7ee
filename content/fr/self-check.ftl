title = Est-ce que cela m'arrive ?
summary = Quelques questions sur les signes d'exploitation. Répondez par « oui », « non » ou « pas sûr ».
intro = Chaque question porte sur un signe. Vos réponses restent sur cet écran : elles ne sont ni enregistrées ni envoyées, et elles disparaissent quand vous en sortez.

documents = Est-ce que quelqu'un a pris votre passeport ou votre carte d'identité ?
debt = Est-ce que vous devez de l'argent à la personne qui vous a fait venir ici ou qui vous a trouvé le travail ?
pay = Est-ce qu'on garde votre salaire, ou est-ce qu'il est beaucoup plus bas que ce qu'on vous avait promis ?
deceived = Est-ce qu'on vous a menti sur le travail, le salaire ou le lieu ?
threats = Est-ce que quelqu'un vous menace, vous ou votre famille ?
violence = Est-ce que quelqu'un vous a frappé, vous a fait du mal, ou vous a forcé à avoir des relations sexuelles ?
not-free = Est-ce que vous n'êtes pas libre de partir, ou d'aller où vous voulez ?
watched = Est-ce qu'on vous surveille, par exemple avec le GPS de votre téléphone ou avec des caméras ?
doctor = Est-ce qu'on vous empêche de voir un médecin ou d'aller à l'hôpital quand vous êtes blessé ou malade ?
digital-id = Est-ce que quelqu'un d'autre contrôle votre MitID ou NemID, votre identité numérique danoise ?
sex-money = Est-ce que c'est quelqu'un d'autre qui décide quels services sexuels vous vendez, combien de clients vous voyez, ou combien d'argent vous gardez ?
forced-crime = Est-ce que quelqu'un vous oblige à voler, à vendre de la drogue ou à mendier ?

result = { $count ->
    [0] Vous n'avez répondu oui à aucun des { $total } signes.
    [one] Vous avez répondu oui à un des { $total } signes.
   *[other] Vous avez répondu oui à { $count } des { $total } signes.
}
unsure = { $unsure ->
    [one] Vous n'étiez pas sûr de la réponse à une question.
   *[other] Vous n'étiez pas sûr de la réponse à { $unsure } questions.
}

help = Ce que cela veut dire
    .p1 = Ce n'est pas un test, et cela ne peut pas dire ce qui vous arrive. Un seul signe n'est pas une preuve. Plusieurs signes ensemble sont un avertissement sérieux.
    .p2 = Vous pouvez parler de votre situation à la ligne d'aide du CMM sans donner votre nom. Vous pouvez aussi appeler pour quelqu'un d'autre.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Si vous êtes en danger maintenant, appelez le numéro d'urgence.
    .action2 = { CALL("emergency") }
