title = Vos droits
summary = Une grande partie de l'aide décrite ici est seulement pour les personnes que les autorités reconnaissent comme victimes de la traite des êtres humains.
    Ce que vous recevez dépend aussi de vos papiers et d'un éventuel procès.
    Demandez au CMM ce qui s'applique à vous.

who-decides = Qui décide si vous êtes une victime
    .p1 = La plus grande partie de l'aide de cette page est pour les personnes reconnues comme victimes de la traite des êtres humains. Qui décide cela dépend de votre situation :
    .list1 =
        - Si vous êtes au Danemark de façon légale, c'est le CMM qui décide. Par exemple, vous êtes citoyen danois ou citoyen de l'UE, ou vous avez des papiers pour rester.
        - Si vous n'avez pas le droit légal de rester au Danemark, ou si vous demandez l'asile, c'est le Service danois de l'immigration (Udlændingestyrelsen) qui décide. Dans certains cas, c'est un autre service de l'État, le SIRI, qui décide.
        - Si vous êtes jugé pour un crime, le tribunal peut décider que vous êtes une victime.
    .p2 = Le premier entretien avec le CMM ne vous donne pas, à lui seul, l'aide de cette page.
    .important = Attention : en 2011, le Service de l'immigration a dit qu'il décide à partir des informations de la police et de ce que vous avez dit au CMM.

reflection = La période de réflexion
    .p1 = Si vous êtes reconnu comme victime, on vous propose une période de 30 jours. On l'appelle la période de réflexion. Elle doit vous donner le temps de vous éloigner des personnes qui vous exploitent, et de vous remettre.
    .p2 = Ce que veut dire cette période dépend de vos papiers.
    .list1 =
        - Si vous n'avez pas le droit légal de rester au Danemark, la période de réflexion est un délai pour quitter le Danemark. Si on le lui demande, le Service danois de l'immigration fixe ce délai à 30 jours.
        - Si vous êtes au Danemark de façon légale, vous avez une période semblable, avec la même aide. On l'appelle la période de rétablissement.
    .p3 = Si on le lui demande, le Service de l'immigration peut fixer le délai plus tard ou le rallonger. Cela peut arriver quand il y a des raisons particulières, ou quand vous travaillez avec les autorités pour préparer un retour volontaire dans votre pays. Le délai ne peut jamais dépasser 120 jours. La règle est dans la loi sur les étrangers, § 33(14).
    .important = La période de réflexion n'est pas un permis pour rester au Danemark. Pour demander une période plus longue, demandez au CMM ou à un avocat comment faire.

support = L'aide pendant cette période
    .p1 = Pendant cette période, on peut vous proposer :
    .list1 =
        - un endroit où loger, avec les repas
        - l'aide d'un médecin
        - l'aide d'un psychologue
        - une aide juridique
        - des cours et des activités pour apprendre
        - de l'aide pour contacter des organisations dans votre pays d'origine, si vous le voulez
    .p2 = Vous avez aussi une personne de contact au CMM. Cette personne vous explique l'aide que vous pouvez recevoir. Elle travaille aussi avec d'autres sur votre dossier, comme le Service de l'immigration, les avocats, la police et la Croix-Rouge.
    .p3 = L'aide du CMM ne dépend pas de votre collaboration avec la police.

no-legal-stay = Si vous n'avez pas le droit légal de rester
    .p1 = Si vous êtes peut-être une victime et que vous n'avez pas le droit légal de rester, la police peut décider où vous logez pendant que votre dossier est examiné. Elle peut vous placer dans un centre de crise ou dans un autre logement. C'est une décision de la police, prise selon la loi sur les étrangers (§ 34(1)(3)). Ce n'est pas la même chose qu'une place que le CMM vous propose.
    .important = Faites attention au risque. Au Danemark, des personnes qui étaient peut-être des victimes ont été enfermées (placées en détention) pendant que leur dossier ou leurs papiers étaient vérifiés. Certaines personnes que le CMM avait reconnues comme victimes ont quand même été renvoyées du Danemark.
    .p2 = Avant de décider ce que vous allez faire, demandez au CMM ou à un avocat ce que cela veut dire pour vous.

lawyer = Un avocat de victime dans une affaire pénale
    .p1 = Quand la police et les tribunaux s'occupent d'un crime commis contre vous, vous pouvez peut-être avoir votre propre avocat. En danois, cet avocat s'appelle « bistandsadvokat », l'avocat de la victime. La règle est dans la loi sur l'administration de la justice, § 741 a. Elle couvre la traite des êtres humains.
    .p2 = Cet avocat est lié à l'affaire pénale sur le crime commis contre vous. L'État paie l'avocat. C'est le tribunal qui nomme l'avocat, et vous pouvez demander un avocat précis.
    .important = On ne sait pas avec certitude comment une victime de la traite demande cet avocat, ni si elle en reçoit un sans le demander. Demandez au CMM ou à la police.
    .p3 = Un avocat de victime peut :
    .list1 =
        - vous conseiller pendant l'enquête de la police
        - venir avec vous quand la police vous interroge
        - vous expliquer comment se passe le procès
        - venir avec vous quand vous parlez comme témoin au tribunal
        - calculer l'argent que vous demandez et présenter cette demande dans le procès
    .p4 = Le CMM peut aussi vous donner une aide et des conseils juridiques : sur vos droits et vos choix, sur le rôle de témoin, sur la demande d'argent, et sur la façon d'avoir un avocat.
    .p5 = Si la justice vous accuse vous-même d'un crime, vous avez droit à un avocat de la défense.

compensation = De l'argent pour le mal qu'on vous a fait
    .p1 = Si un crime a fait du mal à votre corps ou à votre santé mentale, vous pouvez demander de l'argent à l'État danois. Cet argent s'appelle une indemnisation. C'est la Commission d'indemnisation des victimes (Erstatningsnævnet) qui décide.
    .p2 = Il y a des conditions :
    .list1 =
        - En règle générale, le crime doit être signalé à la police dans les 72 heures.
        - S'il y a un procès, vous devez demander l'indemnisation dans ce procès.
        - Vous devez faire la demande dans les 2 ans. Les 2 ans comptent à partir du crime, du jugement final, ou du jour où la police a fermé le dossier.
    .important = On ne sait pas avec certitude si la règle des 72 heures est assouplie pour les victimes de la traite. Demandez au CMM ou à un avocat.
    .p3 = Vous faites la demande par la police. La police envoie votre demande et les documents du dossier à la Commission.
    .p4 = En général, la Commission décide après la fin du procès. Vous pouvez faire une demande à la Commission si la personne qui vous a fait du mal a été déclarée coupable mais ne vous a pas payé, si elle a été déclarée non coupable, ou si personne ne sait qui elle est.
    .p5 = L'indemnisation peut payer les soins, le salaire perdu, la douleur et la souffrance, les blessures qui durent, la perte de la capacité à travailler, les frais d'avocat et d'autres pertes.

residence = Est-ce que je peux rester au Danemark ?
    .p1 = Être victime de la traite des êtres humains ne suffit pas, à lui seul, pour avoir un permis de séjour au Danemark. Cela peut être une partie d'une demande d'asile. Pendant les cinq ans avant 2017, seulement quatre victimes ont obtenu l'asile.
    .p2 = La loi permet un permis de séjour pour une personne dont on a besoin pour une enquête de police ou un procès. Le permis ne peut pas durer plus longtemps que l'enquête ou le procès. Ce permis est donné très rarement.
    .p3 = Un permis de séjour pour raisons humanitaires est décidé au cas par cas. Il est donné seulement comme une rare exception.
    .important = Demandez à un avocat ou à votre personne de contact du CMM ce que cela veut dire pour vous.

return = Rentrer chez vous avec de l'aide
    .p1 = Si vous êtes reconnu comme victime, on vous propose de l'aide pour retourner dans votre pays d'origine, ou dans un autre pays où vous avez un permis de séjour. C'est ce qu'on appelle un retour préparé. Il est volontaire.
    .p2 = On vous propose cette aide même si vous ne travaillez pas avec la police et si vous ne parlez pas au tribunal.
    .p3 = Le retour est préparé avec vous pendant la période de réflexion. Après votre arrivée, vous pouvez recevoir du soutien pendant environ six mois. Ce soutien peut comprendre :
    .list1 =
        - de l'argent chaque mois
        - de l'aide pour le logement
        - de l'aide pour commencer à gagner de l'argent, par exemple avec un petit magasin ou un salon de coiffure
        - de l'aide médicale
        - l'école ou une formation, aussi pour vos enfants
    .p4 = Avant votre départ, votre personne de contact regarde avec vous et avec l'Agence danoise du retour ce qui pourrait vous mettre en danger. Vos besoins de sécurité sont transmis à une organisation partenaire dans votre pays d'origine.
