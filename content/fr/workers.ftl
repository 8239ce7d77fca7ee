title = Problèmes au travail
summary = Un salaire bas, trop de travail, ou un patron qui vous trompe ? Vous avez des droits au travail au Danemark.
    Certaines formes d'exploitation sont un crime, même quand ce n'est pas de la traite des êtres humains.
    Vous pouvez demander de l'aide au CMM ou à un syndicat.

rights = Vos droits au travail
    .p1 = Le CMM a une page pour les travailleurs. Elle dit :
    .list1 =
        - Votre employeur doit toujours payer le salaire que vous avez convenu ensemble.
        - Le Danemark n'a pas de salaire minimum fixé par la loi. Les salaires sont fixés par des accords entre les syndicats et les employeurs (les conventions collectives).
        - La loi couvre la santé et la sécurité, les congés, le salaire quand vous êtes malade, l'égalité de traitement et l'égalité de salaire.
        - Si l'entreprise a une convention collective, vous avez les mêmes droits que les collègues danois qui font le même travail.
        - Vous avez le droit d'adhérer à un syndicat, mais vous n'êtes pas obligé. Votre employeur n'a pas le droit de vous dire d'adhérer à un syndicat précis.
        - Les règles danoises sur la santé et la sécurité sont pour toutes les personnes qui travaillent au Danemark, même pour un travail court. Votre employeur doit rendre votre travail sûr et sain.
        - Si vous travaillez plus de 8 heures par semaine, vous devez recevoir un contrat écrit, au plus tard un mois après votre début.
    .p2 = Si un employeur a une convention collective, elle est pour tous les travailleurs, membres d'un syndicat ou non.
    .important = Un employeur qui n'est pas membre d'une organisation d'employeurs n'est peut-être pas lié par une convention collective, et il peut fixer ses propres conditions. Les syndicats conseillent aux travailleurs étrangers de vérifier cela.

crime = Quand l'exploitation est un crime
    .p1 = Depuis le 1er juin 2022, la loi danoise a un crime appelé « menneskeudnyttelse » (exploitation d'une personne). Il est dans le Code pénal, article 262 b.
    .p2 = Cela veut dire : recruter quelqu'un, ou lui donner un endroit où vivre, pour qu'il travaille dans des conditions clairement déraisonnables, en profitant de ses difficultés ou de sa dépendance. La peine peut aller jusqu'à 6 ans de prison.
    .p3 = Cela peut être un crime même quand ce n'est pas de la traite des êtres humains. La traite des êtres humains (article 262 a) comprend le travail forcé, et la peine peut aller jusqu'à 10 ans de prison.
    .p4 = Les règles sur l'avocat de la victime dans une affaire pénale (bistandsadvokat) couvrent aussi ce crime. Demandez au CMM si vous pouvez en avoir un, et comment.

forced = Quand c'est peut-être du travail forcé
    .p1 = Le syndicat 3F dit que ce sont des signes de travail forcé :
    .list1 =
        - Votre patron prend votre carte d'identité ou votre passeport.
        - Votre patron utilise la violence, ou menace de le faire.
        - Votre patron vous dit de travailler pour rembourser une dette.
        - Votre patron vous paie avec de la nourriture et un logement, au lieu d'argent.
    .p2 = 3F dit aux victimes, et aux personnes qui connaissent une victime, d'appeler le CMM. Pour d'autres signes, lisez « Est-ce que quelqu'un m'exploite ? »
    .action = { CALL("cmm-hotline") }
    .p3 = Au Danemark, on a trouvé du travail forcé dans le transport, le nettoyage, le bâtiment, les restaurants et la distribution de journaux.

union = Un syndicat peut vous aider
    .p1 = 3F dit qu'il est le plus grand syndicat du Danemark. Il dit :
    .list1 =
        - Si vous avez un salaire plus bas, ou de moins bonnes conditions, que les travailleurs danois, contactez votre syndicat local.
        - Sur le marché du travail danois, il est illégal de traiter les gens différemment à cause de leur origine.
        - Le syndicat sait quel salaire vous avez le droit de recevoir, et ses experts vous aident à récupérer de l'argent si on vous a trompé.
    .action = { WEB("union-3f") }
    .p2 = Si un employeur ne respecte pas une convention collective, l'affaire peut aller devant le Tribunal du travail (Arbejdsretten) ou devant un arbitrage du travail.

inspections = L'Autorité de l'environnement de travail
    .p1 = L'Autorité danoise de l'environnement de travail (Arbejdstilsynet) contrôle toutes les entreprises qui travaillent au Danemark, aussi les entreprises étrangères. Souvent, ses visites ne sont pas annoncées. Elle vérifie aussi que les entreprises étrangères sont inscrites au registre danois des prestataires de services étrangers (RUT).
    .p2 = Elle ne contrôle pas votre salaire ni vos conditions de travail. Ceux-ci sont fixés par les conventions collectives.
    .important = L'Autorité de l'environnement de travail, les impôts et la police font parfois des contrôles ensemble sur les lieux de travail. La police vérifie alors, entre autres, si les travailleurs étrangers ont un permis de travail ou de séjour. Si vous n'avez pas de papiers, ce n'est pas un moyen sûr ni discret d'obtenir de l'aide. Lisez « Pas de papiers ? Peur de la police ? »

get-help = Par où commencer
    .p1 = Appelez le CMM si vous pensez que vous êtes exploité ou forcé à travailler. Vous pouvez parler sans donner votre nom.
    .action = { CALL("cmm-hotline") }
    .p2 = Pour des questions sur le salaire et les conditions de travail, contactez un syndicat, comme 3F.
    .p3 = Si vous êtes en danger maintenant, appelez le { CALL("emergency") }.
