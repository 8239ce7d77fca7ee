title = À propos de ces informations
summary = Ces informations sont publiées par { $publisher }.
    Les faits ont été vérifiés pour la dernière fois le { $published }.

who = Qui a préparé ces informations
    .p1 = Ces informations sont publiées par { $publisher }.
    .p2 = Les faits ont été vérifiés pour la dernière fois le { $published }. C'est la version { $version }.

sources = D'où viennent les faits
    .p1 = Les faits viennent des sources indiquées avec chaque sujet. La plupart sont des pages officielles danoises, comme celles du Centre danois contre la traite des êtres humains, de la police et du Parlement danois.
    .p2 = Chaque numéro de téléphone est vérifié sur des pages officielles.
    .p3 = Les règles peuvent changer. Si vous avez un doute, appelez la ligne d'aide du CMM.

languages = Langues et traductions
    .p1 = Ces informations ont d'abord été écrites en anglais. Les autres langues sont traduites à partir du texte anglais.
    .p2 = Chaque langue montre jusqu'où sa traduction a été vérifiée. Certaines traductions ont été faites avec l'aide d'une machine et ne sont pas encore vérifiées par une personne de langue maternelle.
    .p3 = Si une partie n'est pas encore traduite, vous la voyez en anglais, et on vous le dit.

privacy = Votre vie privée
    .p1 = Haven ne garde aucune trace de ce que vous lisez.
    .p2 = Haven fonctionne sans internet.
