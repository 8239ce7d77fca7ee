title = Soins de santé
summary = En cas de maladie grave ou de blessure grave, appelez le { CALL("emergency") }.
    Pendant la période de réflexion, les victimes peuvent recevoir des soins en plus.
    Les personnes sans papiers peuvent recevoir une aide gratuite dans les cliniques de la Croix-Rouge.

emergency-care = En cas de maladie grave ou de blessure grave
    .p1 = Appelez le { CALL("emergency") }. L'appel est gratuit.
    .action = { CALL("emergency") }
    .p2 = Si vous n'avez pas de permis de séjour au Danemark, le système de santé public vous donne seulement les soins d'urgence. C'est le soignant qui décide ce qui est une urgence.

reflection-care = Les soins pendant la période de réflexion
    .p1 = Si vous êtes reconnu comme victime de la traite des êtres humains, vous pouvez utiliser une offre de soins en plus pendant la période de réflexion. Elle comprend l'aide d'un médecin et l'aide d'un psychologue.
    .p2 = Votre personne de contact du CMM peut vous expliquer l'aide que vous pouvez recevoir.
    .action = { CALL("cmm-hotline") }

clinics = Cliniques gratuites pour les personnes sans papiers
    .p1 = La Croix-Rouge danoise a des cliniques gratuites pour les personnes qui vivent au Danemark sans papiers. Cela veut dire les personnes sans carte de santé jaune et sans numéro CPR, le numéro d'identité personnel danois.
    .p2 = Il y a des cliniques à Copenhague, Aarhus et Odense. Elles peuvent proposer :
    .list1 =
        - des soins par un médecin
        - des vaccins pour les enfants
        - des contrôles pendant la grossesse
        - de la kinésithérapie
        - des soins dentaires d'urgence
        - des entretiens avec un psychologue
    .p3 = Des interprètes bénévoles aident.

find-a-clinic = Comment trouver une clinique
    .p1 = Les adresses des cliniques ne sont pas publiques, pour que les personnes sans papiers se sentent en sécurité.
    .p2 = Les gens les trouvent par le bouche-à-oreille, par les travailleurs sociaux de rue, et par des dépliants.
    .p3 = Demandez à une organisation de confiance, ou appelez la ligne d'aide du CMM.

outreach = Visites de santé dans les salons de massage
    .p1 = Les organisations AmiAmi et Reden International envoient des équipes de santé dans les salons de massage. Elles proposent des entretiens et des contrôles de santé.
    .p2 = Elles ont aussi leurs propres cliniques de santé.
    .important = Toutes les visites ne sont pas des visites de santé. La police et l'Agence danoise des impôts visitent aussi les salons de massage, pour les contrôler et chercher des signes de traite des êtres humains.
