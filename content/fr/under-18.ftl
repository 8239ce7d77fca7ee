title = Si vous avez moins de 18 ans
summary = Si vous avez moins de 18 ans, la loi vous protège davantage.
    Si vous êtes venu au Danemark sans vos parents, on doit vous donner un adulte dont le rôle est de veiller sur vous. Vous ne serez peut-être pas obligé de parler à un procès.
    Vous pouvez appeler le CMM. Vous n'êtes pas obligé de donner votre nom.

law = La loi protège davantage les enfants
    .p1 = Au Danemark, vous êtes un enfant jusqu'à vos 18 ans.
    .p2 = C'est de la traite des êtres humains si quelqu'un vous fait venir avec lui, vous déplace, ou vous donne un endroit où vivre, pour pouvoir vous utiliser. Par exemple, pour vous faire vendre des services sexuels, travailler pour lui, ou commettre des crimes.
    .important = Pour un enfant, c'est de la traite des êtres humains même si personne n'a utilisé la force, les menaces ou les mensonges. Pour les adultes, la loi demande une de ces choses. Pour vous, non.

representative = Un adulte de votre côté
    .p1 = Si vous avez moins de 18 ans, si vous n'êtes pas danois, et si vous êtes au Danemark sans vos parents ni un autre adulte responsable de vous, vous avez un représentant. C'est un adulte dont le rôle est de veiller à ce qui est le mieux pour vous. Seules des raisons très particulières peuvent l'empêcher.
    .list1 =
        - Si vous avez été victime de la traite, on doit en tenir compte quand on choisit votre représentant.
        - Si vous avez 12 ans ou plus, quelqu'un doit normalement d'abord parler avec vous.
        - Pendant votre demande d'asile, le représentant vous suit et vérifie que vos droits sont respectés.
        - Si vous recevez un permis de séjour, un adulte veille à ce qui est le mieux pour vous et vous accompagne aux rendez-vous avec les autorités, jusqu'à vos 18 ans.
    .p2 = Votre représentant peut être un bénévole, par exemple de la Croix-Rouge danoise, ou une personne payée pour le faire. Ce sont les autorités qui décident.
    .p3 = Quand vous avez votre premier entretien avec le CMM, votre représentant est normalement avec vous.
    .p4 = Pour demander un représentant, ou un autre représentant, il faut s'adresser à l'Agence du droit de la famille (Familieretshuset). Demandez au CMM comment faire.

interviews = Parler à la police, et aller au tribunal
    .p1 = La police peut interroger les enfants et les jeunes devant une caméra.
    .list1 =
        - Moins de 13 ans : en règle générale, l'interrogatoire est filmé.
        - 13 ou 14 ans : un interrogatoire filmé est toujours possible dans les affaires de crimes sexuels, d'inceste, de harcèlement ou de violence dans la famille.
        - 15, 16 ou 17 ans : un interrogatoire filmé est possible seulement s'il y a des raisons très fortes de vous protéger.
    .p2 = Si vous avez été interrogé de cette façon devant une caméra, en général vous n'êtes pas obligé de parler au procès. Un tribunal peut vous obliger à venir seulement dans de très rares cas.
    .important = Les jeunes de 15 à 17 ans n'ont pas tous un interrogatoire filmé. Demandez au CMM ou à votre représentant ce qui est possible pour vous.

where-you-stay = Où vous allez vivre
    .list1 =
        - Si vous êtes venu sans vos parents, si vous n'avez pas de papiers pour rester et si vous demandez l'asile : en général, vous vivez dans un centre pour enfants du système d'asile. Certains jeunes qui ont des besoins particuliers tous les jours vivent dans des services spéciaux.
        - Si vous êtes venu sans vos parents et que vous êtes au Danemark de façon légale : la ville ou la région où vous vivez (la commune) vous trouve une place. Cela peut être un foyer pour enfants ou un lieu d'accueil. Dans de rares cas, c'est une famille d'accueil.
    .p1 = La commune doit veiller sur tous les enfants qui vivent chez elle, avec ou sans papiers. Elle doit donc s'assurer qu'un enfant victime de la traite reçoit la bonne aide.

how-found = Comment les adultes peuvent s'en rendre compte
    .p1 = Les adultes qui travaillent avec des enfants peuvent remarquer des signes de traite :
    .list1 =
        - La Croix-Rouge danoise examine tous les enfants arrivés seuls qui vivent dans un centre pour demandeurs d'asile, pour voir s'il y a des signes de traite.
        - Les signes peuvent être l'endroit où l'on rencontre l'enfant, les personnes avec qui l'enfant se trouve, ou la façon dont l'enfant se comporte.
        - Un signe peut être qu'un enfant ne peut pas expliquer son voyage jusqu'au Danemark, ou pourquoi il est ici.
    .p2 = Si le personnel pense qu'un enfant est peut-être victime de la traite, il appelle le CMM. Ensuite, une personne du CMM, ou d'une organisation qui travaille avec le CMM, parle avec le jeune une ou plusieurs fois pour le savoir.
    .important = Tous les adultes ne sont pas formés pour voir les signes. Si quelque chose ne va pas, vous pouvez le dire vous-même à quelqu'un.

at-risk = Si des adultes vous utilisent pour des crimes
    .p1 = Des adultes ou des gangs utilisent certains enfants et jeunes pour voler, cambrioler des maisons, ou transporter et vendre de la drogue. Cela aussi peut être de la traite des êtres humains. Lisez « Forcé à mendier ou à commettre des crimes ».
    .p2 = Les enfants arrivés seuls qui attendent la réponse à leur demande d'asile sont particulièrement en danger d'être victimes de la traite. Des enfants ont disparu de centres pour demandeurs d'asile. La Croix-Rouge et le CMM considèrent que ces enfants sont particulièrement en danger d'être utilisés.

get-help = À qui vous pouvez en parler
    .p1 = Vous pouvez appeler le CMM. Vous n'êtes pas obligé de donner votre nom. Vous pouvez aussi appeler si vous êtes inquiet pour un ami.
    .action = { CALL("cmm-hotline") }
    .p2 = Si vous vivez dans un centre pour demandeurs d'asile, vous pouvez parler au personnel du centre, ou à votre représentant.
    .p3 = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }.
    .p4 = L'aide du CMM ne dépend pas du fait que vous alliez à la police.
