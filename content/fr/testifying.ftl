title = Être témoin
summary = Raconter à la police ce qui s'est passé et témoigner au tribunal sont deux étapes différentes.
    Il existe des moyens de vous protéger comme témoin.
    L'aide du CMM ne dépend pas de votre collaboration avec la police.

what-it-is = Ce que veut dire témoigner
    .p1 = Quand vous racontez à la police ce qui s'est passé, vous faites une déclaration à la police. Ce n'est pas un témoignage.
    .p2 = Témoigner veut dire parler comme témoin au tribunal, dans une affaire pénale. Vous répondez à des questions sur ce qui s'est passé.
    .p3 = Au Danemark, la traite des êtres humains est un crime grave. La peine peut aller jusqu'à 10 ans de prison.
    .p4 = Dans ces affaires, ce que dit la victime est souvent la preuve la plus importante. Parfois, c'est la seule preuve.

steps = De la police au tribunal
    .p1 = En général, cela se passe ainsi :
    .list1 =
        - Vous signalez le crime à la police, et vous lui racontez ce qui s'est passé. C'est votre déclaration à la police.
        - La police fait une enquête. Elle peut vous interroger encore une fois. Un avocat de victime peut venir avec vous.
        - Si l'affaire va au tribunal, vous pouvez être convoqué comme témoin.
        - Au tribunal, vous témoignez : vous répondez à des questions sur ce qui s'est passé. Un avocat de victime peut venir avec vous.
    .p2 = Toutes les affaires ne finissent pas par un procès ou une condamnation. En 2019, 2020 et 2021, il n'y a eu aucune condamnation pour traite des êtres humains au Danemark.
    .p3 = Un avocat de victime peut vous expliquer chaque étape et comment se passe le procès. L'État paie cet avocat. On ne sait pas avec certitude comment une victime de la traite obtient cet avocat : demandez au CMM ou à la police.
    .p4 = Si vous allez peut-être quitter le Danemark avant le procès, demandez à votre avocat si vous pouvez être interrogé au tribunal avant le procès. Les règles pour cela ne sont pas confirmées ici.

protection = Comment on peut vous protéger
    .p1 = Une aide spéciale au tribunal est rarement nécessaire. Si vous en avez besoin, le procureur ou votre avocat peut en général se mettre d'accord avec le tribunal avant le jour du procès.
    .list1 =
        - La police ou le procureur peut faire en sorte que quelqu'un vous accueille quand vous arrivez au tribunal.
        - Ils peuvent aussi faire en sorte que vous attendiez dans une salle d'attente séparée.
        - Si vous le demandez, le tribunal peut, dans certains cas, placer l'accusé à un endroit où vous ne le voyez pas pendant que vous témoignez.
        - Dans des cas spéciaux, le tribunal peut ordonner à l'accusé de quitter la salle pendant que vous témoignez.
    .p2 = Pendant l'enquête, la police peut demander à l'avocat du suspect de ne pas transmettre certaines informations au suspect, quand c'est nécessaire pour vous protéger.
    .important = Si quelqu'un vous menace ou vous cause des problèmes parce que vous êtes témoin, dites-le tout de suite à la police. Si vous êtes en danger, appelez le { CALL("emergency") }.

video = Les interrogatoires filmés
    .p1 = La police peut filmer un interrogatoire. C'est surtout pour les enfants et les jeunes de moins de 18 ans. C'est aussi possible pour les personnes qui ont une maladie mentale grave ou un handicap important, quand des circonstances particulières le justifient.
    .p2 = En règle générale, un enfant de moins de 13 ans est interrogé devant une caméra. Pour les enfants plus âgés, cela dépend de l'affaire.
    .p3 = Si vous avez été interrogé de cette façon devant une caméra, en général vous n'êtes pas obligé de témoigner au procès. Un tribunal peut l'exiger seulement dans de très rares cas.
    .important = On ne sait pas avec certitude si les victimes adultes de la traite peuvent être interrogées devant une caméra. Demandez à votre avocat ou au CMM.

danger = Si vous ou votre famille pouvez être en grave danger
    .p1 = Dans certains cas, le tribunal peut cacher à l'accusé votre nom, votre travail et votre adresse. Le tribunal doit juger que c'est nécessaire pour votre sécurité, et que cela ne nuit probablement pas à la défense.
    .p2 = Si vous ou votre famille pouvez être en grave danger, le tribunal peut aussi ordonner à l'accusé de quitter la salle pendant que vous témoignez.
    .p3 = Ce sont des décisions du tribunal. Si vous en avez besoin, demandez à votre avocat ou au procureur.

closed-court = Est-ce que le public peut être exclu ?
    .p1 = Les victimes de viol, ou de crimes aussi graves, ont le droit que le public soit exclu de la salle du tribunal. Votre avocat ou le procureur peut le demander. Si le public n'est pas exclu, le tribunal peut à la place interdire à tout le monde de rapporter ce que vous dites.
    .important = On ne sait pas avec certitude si la traite des êtres humains compte comme un crime « aussi grave ». Demandez à votre avocat ou au procureur.

compensation = Demander de l'argent dans le procès
    .p1 = S'il y a un procès contre les personnes qui vous exploitaient, demandez une indemnisation dans ce procès. Si vous ne le faites pas, vous risquez de perdre plus tard le droit à une indemnisation de l'État.
    .p2 = Un avocat de victime peut calculer votre demande et la présenter pour vous dans le procès.

forced-crimes = Si on vous a forcé à enfreindre la loi
    .p1 = Certaines victimes sont forcées à commettre des crimes par les personnes qui les exploitent.
    .p2 = Des rapports américains de 2021 et 2022 disaient que la loi danoise n'avait pas de règle claire qui protège les victimes contre une punition pour les crimes qu'on les a forcées à commettre. On ne sait pas avec certitude si cela a changé. Certaines victimes, aussi des enfants, ont été poursuivies en justice pour de tels crimes.
    .p3 = Le procureur peut abandonner les poursuites pour des crimes moins graves que vous avez commis parce que vous étiez victime de la traite. Vous pouvez alors aussi éviter d'être renvoyé du Danemark. Mais c'est possible seulement si les autorités savent que vous avez été victime de la traite.
    .p4 = Si vous êtes jugé, le tribunal peut décider que vous êtes victime de la traite des êtres humains.
    .important = Dites à votre avocat et aux autorités que vous avez été victime de la traite. Si la justice vous accuse d'un crime, vous avez droit à un avocat de la défense. Sachez que des personnes qui étaient peut-être des victimes ont été placées en détention (gardées par la police).

your-choice = Vos choix
    .p1 = L'aide du CMM ne dépend pas du fait que vous alliez à la police. L'aide pour rentrer chez vous avec un retour préparé n'en dépend pas non plus.
    .important = Il s'agit de l'aide que vous recevez. Cela ne veut pas dire que vous pouvez refuser si un tribunal vous convoque comme témoin. Si vous êtes convoqué, demandez à votre avocat ou au CMM ce que vous devez faire.
    .p2 = Certains choix sont à vous :
    .list1 =
        - si vous participez au premier entretien avec le CMM
        - si vous acceptez un retour préparé
        - si vous demandez une protection au tribunal
        - quel avocat vous demandez au tribunal
    .p3 = Demandez à votre avocat ou à votre personne de contact du CMM avant de décider.

what-police-learn = Ce que le CMM dit à la police
    .p1 = Lors du premier entretien avec le CMM, vos informations sont transmises seulement si vous êtes d'accord.
    .p2 = Mais le CMM travaille en lien étroit avec la police. Il informe la police des cas sans donner de noms, et il encourage les victimes à contacter la police. Votre personne de contact du CMM travaille aussi avec la police et le Service de l'immigration sur votre dossier.
    .p3 = Avant de raconter votre histoire, demandez au CMM ce qu'il va transmettre exactement, et à qui.
