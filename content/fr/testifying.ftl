title = Être témoin
summary = Ce que vous dites à la police et au tribunal peut aider à arrêter les personnes qui vous exploitaient.
    Il existe des moyens de vous protéger au tribunal.
    Vous pouvez recevoir de l'aide même si vous ne témoignez pas.

what-it-is = Ce que veut dire témoigner
    .p1 = Témoigner veut dire raconter à la police et à un tribunal ce qui vous est arrivé. Vous êtes alors un témoin.
    .p2 = Au Danemark, la traite des êtres humains est un crime grave. La peine peut aller jusqu'à 10 ans de prison.
    .p3 = Dans ces affaires, ce que dit la victime est souvent la preuve la plus importante. Parfois, c'est la seule preuve.

steps = De la plainte au tribunal
    .p1 = En général, cela se passe ainsi :
    .list1 =
        - Vous dites à la police ce qui s'est passé. C'est ce qu'on appelle porter plainte.
        - La police fait une enquête. Elle peut vous parler encore une fois. Votre avocat peut venir avec vous.
        - S'il y a un procès, on peut vous demander de parler au tribunal comme témoin.
        - Au tribunal, vous répondez à des questions sur ce qui s'est passé. Votre avocat peut venir avec vous.
    .p2 = Votre avocat de victime peut vous expliquer chaque étape et comment se passe le procès. L'État paie cet avocat.

protection = Comment on peut vous protéger
    .p1 = Une aide spéciale au tribunal est rarement nécessaire. Si vous en avez besoin, votre avocat ou le procureur peut en général se mettre d'accord avec le tribunal avant le jour du procès.
    .list1 =
        - Quelqu'un peut vous accueillir quand vous arrivez au tribunal.
        - Vous pouvez attendre dans une salle d'attente séparée.
        - Si vous le demandez, le tribunal peut, dans certains cas, placer l'accusé à un endroit où vous ne le voyez pas pendant que vous parlez.
        - Dans des cas spéciaux, le tribunal peut ordonner à l'accusé de quitter la salle pendant que vous parlez.
        - Seulement si c'est vraiment nécessaire pour votre sécurité, le tribunal peut cacher à l'accusé votre nom, votre travail et votre adresse.
    .p2 = Pendant l'enquête, la police peut aussi cacher certaines informations au suspect pour vous protéger.
    .important = Si quelqu'un vous menace ou vous cause des problèmes parce que vous êtes témoin, dites-le tout de suite à la police. Si vous êtes en danger, appelez le { CALL("emergency") }.

compensation = Demander de l'argent dans le procès
    .p1 = S'il y a un procès contre les personnes qui vous exploitaient, demandez une indemnisation dans ce procès. Si vous ne le faites pas, vous risquez de perdre plus tard le droit à une indemnisation de l'État.
    .p2 = Votre avocat de victime peut calculer votre demande et la présenter pour vous dans le procès.

forced-crimes = Si on vous a forcé à enfreindre la loi
    .p1 = Certaines victimes sont forcées à commettre des crimes par les personnes qui les exploitent.
    .p2 = La loi danoise n'a pas eu de règle claire qui protège les victimes contre une punition pour les crimes qu'on les a forcées à commettre.
    .p3 = Mais le procureur peut abandonner les poursuites pour des crimes moins graves que vous avez commis parce que vous étiez victime de la traite. Vous pouvez alors aussi éviter une expulsion du Danemark. C'est possible seulement si les autorités savent que vous avez été victime de la traite.
    .important = Dites à votre avocat que vous avez été victime de la traite. Si la justice vous accuse d'un crime, vous avez droit à un avocat de la défense.

your-choice = Vos choix
    .p1 = Vous pouvez recevoir l'aide du CMM même si vous n'allez pas à la police et si vous ne témoignez pas. L'aide pour rentrer chez vous en sécurité n'en dépend pas non plus.
    .important = Attention : le CMM travaille en lien étroit avec la police. Il informe la police des cas sans donner de noms, et il encourage les victimes à contacter la police.
    .p2 = Vous décidez encore de beaucoup de choses :
    .list1 =
        - si vous participez à un entretien avec le CMM
        - si le CMM transmet ce que vous lui dites
        - si vous rentrez chez vous avec un retour préparé
        - si vous demandez une protection au tribunal
        - quel avocat vous demandez
    .p3 = Demandez à votre avocat ou à votre personne de contact du CMM avant de décider.
