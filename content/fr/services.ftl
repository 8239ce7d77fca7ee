emergency = Numéro d'urgence
    .description = En cas de danger de mort, de crime grave, d'incendie, ou de maladie ou blessure qui met la vie en danger. L'appel est gratuit, même sans crédit sur votre téléphone. Tous les appels sont enregistrés.

police = Police (non urgent)
    .description = Pour ce qui n'est pas urgent : signaler un crime quand la police n'a pas besoin de venir tout de suite, poser une question sur votre dossier, ou donner des informations à la police. Les appels sont enregistrés.

cmm-hotline = Centre danois contre la traite des êtres humains (CMM)
    .description = Le centre national qui aide les personnes qui sont peut-être victimes de la traite des êtres humains. Il décide si les personnes qui sont au Danemark de façon légale sont des victimes. Il donne à chaque victime une personne de contact, et il organise un endroit sûr où loger, du soutien et de l'aide pour rentrer dans son pays. Le CMM travaille en lien étroit avec la police : il informe la police des cas, sans donner de noms. On ne sait pas avec certitude si l'appel à la ligne d'aide est gratuit, ni à quelles heures elle est ouverte.

reden-international = Reden International
    .description = Une organisation qui a deux foyers pour les femmes victimes de la traite des êtres humains. Les adresses sont secrètes. Elle gère aussi Mødestedet, un lieu d'accueil sans rendez-vous à Copenhague pour les femmes étrangères qui vendent des services sexuels, et elle offre de l'aide pour la santé.
    .access = Contactez-les par la ligne d'aide du CMM.

hopenow = HopeNow
    .description = Une organisation qui aide les personnes victimes de la traite. Elle donne des conseils, une thérapie et une orientation juridique, et elle peut venir avec vous au tribunal, à la police, chez les avocats et à l'hôpital. Elle travaille aussi avec les hommes.
    .access = Allez sur leur site internet, ou demandez à la ligne d'aide du CMM.

amiami = AmiAmi
    .description = Une organisation qui rend visite aux femmes et aux personnes trans qui vendent des services sexuels, et qui propose des entretiens et des contrôles de santé.
    .access = Aucune coordonnée n'est confirmée. Demandez à la ligne d'aide du CMM.

red-cross-clinic = Clinique de santé de la Croix-Rouge
    .description = Des soins gratuits pour les personnes sans papiers, à Copenhague, Aarhus et Odense. Les adresses ne sont pas publiques, pour la sécurité des personnes.
    .access = Demandez à une organisation ou à un travailleur social de rue en qui vous avez confiance, ou à la ligne d'aide du CMM.

red-cross-asylum = Croix-Rouge danoise dans les centres pour demandeurs d'asile
    .description = Examine tous les enfants arrivés seuls au Danemark qui vivent dans un centre pour demandeurs d'asile, pour voir s'il y a des signes de traite des êtres humains.
    .access = Demandez au personnel de votre centre pour demandeurs d'asile.

danish-refugee-council = Conseil danois pour les réfugiés (Dansk Flygtningehjælp)
    .description = Aide les personnes qui rentrent chez elles avec un retour préparé, avec des organisations partenaires dans leur pays d'origine.
    .access = Votre personne de contact du CMM organise cela avec vous.

return-agency = Agence danoise du retour (Hjemrejsestyrelsen)
    .description = Organise le voyage pour un retour préparé : documents de voyage, billets, et aide dans les aéroports.
    .access = Votre personne de contact du CMM organise cela avec vous.

compensation-board = Commission d'indemnisation des victimes (Erstatningsnævnet)
    .description = Décide de l'argent que l'État donne aux personnes qui ont subi un dommage à cause d'un crime. Vous faites la demande par la police.
    .access = Faites la demande par la police. Un avocat de victime peut vous aider pour votre demande dans le procès.

prosecution-service = Ministère public (Anklagemyndigheden)
    .description = Les procureurs publics du Danemark. Son site internet explique comment les témoins peuvent être protégés au tribunal.
    .access = Demandez à votre avocat ou à la police.

union-3f = 3F (Fédération unie des travailleurs danois)
    .description = Un syndicat. 3F dit qu'il est le plus grand du Danemark, qu'il sait quel salaire vous avez le droit de recevoir, et qu'il vous aide à récupérer de l'argent si votre employeur vous a trompé. Il dit aux victimes de travail forcé d'appeler le CMM.
    .access = Contactez votre section locale de 3F.

working-environment-authority = Autorité danoise de l'environnement de travail (Arbejdstilsynet)
    .description = Contrôle toutes les entreprises qui travaillent au Danemark, aussi les entreprises étrangères. Elle ne contrôle pas les salaires. Certains contrôles sont faits avec les impôts et la police, et la police vérifie alors les permis de travail et de séjour.
    .access = Aucune coordonnée n'est donnée dans cette application. Demandez au CMM ou à un syndicat.
