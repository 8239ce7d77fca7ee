title = Vos droits
summary = Si vous êtes victime de la traite des êtres humains, le Danemark vous donne du temps pour vous reposer et recevoir de l'aide.
    Vous pouvez avoir un endroit sûr où loger, des soins de santé, une aide juridique et votre propre avocat.

reflection = Du temps pour vous reposer et aller mieux
    .p1 = Quand les autorités estiment que vous êtes victime de la traite des êtres humains, on vous propose 30 jours pour vous reposer et reprendre des forces. C'est ce qu'on appelle la période de réflexion. Ce temps vous permet de vous éloigner des personnes qui vous exploitent, et d'aller mieux.
    .p2 = Cette période peut être plus longue, jusqu'à 120 jours, si vous travaillez avec les autorités pour préparer un retour volontaire dans votre pays.
    .p3 = Si vous êtes au Danemark de façon légale, vous avez une période semblable, avec la même aide.

support = L'aide pendant cette période
    .p1 = Pendant cette période, vous pouvez avoir :
    .list1 =
        - un endroit sûr où loger, avec les repas
        - l'aide d'un médecin
        - l'aide d'un psychologue
        - une aide juridique
        - des cours et des activités pour apprendre
        - de l'aide pour contacter des organisations dans votre pays d'origine, si vous le voulez
    .p2 = Vous avez aussi une personne de contact au CMM. Cette personne vous explique l'aide que vous pouvez recevoir. Elle travaille aussi pour vous avec d'autres services, comme le service de l'immigration, les avocats, la police et la Croix-Rouge.

lawyer = Votre propre avocat, gratuit
    .p1 = Comme victime de la traite des êtres humains, vous pouvez avoir votre propre avocat. En danois, cet avocat s'appelle « bistandsadvokat », l'avocat de la victime. L'État paie l'avocat.
    .p2 = Demandez à la police un avocat de victime. Ensuite, le tribunal choisit l'avocat. Vous pouvez demander un avocat précis. Le CMM peut aussi vous aider à avoir un avocat.
    .list1 =
        - L'avocat vous conseille pendant l'enquête de la police.
        - L'avocat peut venir avec vous quand la police vous interroge.
        - L'avocat vous explique comment se passe le procès.
        - L'avocat peut venir avec vous quand vous parlez au tribunal.
        - L'avocat peut calculer l'argent que vous demandez, et présenter cette demande dans le procès.
    .p3 = Si la justice vous accuse vous-même d'un crime, vous avez droit à un avocat de la défense.

compensation = De l'argent pour le mal qu'on vous a fait
    .p1 = Si un crime a fait du mal à votre corps ou à votre santé mentale, vous pouvez demander de l'argent à l'État danois. Cet argent s'appelle une indemnisation. C'est la Commission d'indemnisation des victimes (Erstatningsnævnet) qui décide.
    .p2 = Les règles principales sont :
    .list1 =
        - En règle générale, le crime doit être signalé à la police dans les 72 heures.
        - S'il y a un procès, vous devez demander l'indemnisation dans ce procès.
        - Vous devez faire la demande dans les 2 ans. Les 2 ans comptent à partir du crime, du jugement final, ou du jour où la police a fermé le dossier.
    .p3 = Vous faites la demande par la police. La police envoie votre demande à la Commission. Votre avocat peut vous aider.
    .p4 = L'indemnisation peut payer les soins, le salaire perdu, la douleur et la souffrance, et les blessures qui durent. La Commission décide en général après la fin du procès.

residence = Est-ce que je peux rester au Danemark ?
    .p1 = Être victime de la traite des êtres humains ne suffit pas, à lui seul, pour avoir un permis de séjour au Danemark. Cela peut être une partie d'une demande d'asile. Dans le passé, très peu de victimes ont obtenu l'asile.
    .p2 = La loi permet un permis de séjour pour une personne dont on a besoin pour une enquête de police ou un procès. Le permis se termine quand l'affaire se termine. Ce permis est donné très rarement.
    .p3 = Un permis de séjour pour raisons humanitaires est donné seulement dans de rares cas exceptionnels.
    .important = Demandez à votre avocat ou à votre personne de contact du CMM ce que cela veut dire pour vous.

return = Rentrer chez vous en sécurité
    .p1 = Vous pouvez recevoir de l'aide pour retourner dans votre pays d'origine, ou dans un autre pays où vous avez un permis de séjour. C'est ce qu'on appelle un retour préparé. Il est volontaire.
    .p2 = Vous recevez cette aide même si vous ne travaillez pas avec la police et si vous ne parlez pas au tribunal.
    .p3 = Le retour est préparé avec vous pendant la période de réflexion. Après votre arrivée, vous pouvez recevoir du soutien pendant environ six mois. Ce soutien peut comprendre :
    .list1 =
        - de l'argent chaque mois
        - de l'aide pour le logement
        - de l'aide pour commencer à gagner de l'argent, par exemple avec un petit magasin ou un salon de coiffure
        - de l'aide médicale
        - l'école ou une formation, aussi pour vos enfants
    .p4 = Avant votre départ, votre personne de contact regarde avec vous ce qui pourrait vous mettre en danger. Vos besoins de sécurité sont transmis à une organisation partenaire dans votre pays d'origine.
