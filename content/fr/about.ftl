title = À propos de ces informations
summary = Ces informations sont publiées par { $publisher }.
    Les faits ont été vérifiés pour la dernière fois le { $published }.
    Aucun conseiller juridique n'a encore vérifié le texte anglais.

who = Qui a préparé ces informations
    .p1 = Ces informations sont publiées par { $publisher }.
    .p2 = Les faits ont été vérifiés pour la dernière fois le { $published }. C'est la version { $version }.
    .p3 = Certaines pages ont été vérifiées à partir de copies enregistrées, qui sont peut-être plus anciennes.
    .p4 = Aucun conseiller juridique et aucune organisation n'a encore vérifié les faits du texte anglais. Pour chaque sujet, l'application vous dit si les faits ont été vérifiés, et par qui.
    .p5 = Ces informations sont générales. Pour des conseils sur votre propre situation, appelez la ligne d'aide du CMM. Elle aide les victimes, les personnes qui s'inquiètent pour quelqu'un, et toute personne qui veut des conseils.
    .action = { CALL("cmm-hotline") }

sources = D'où viennent les faits
    .p1 = Chaque sujet donne la liste de ses sources. Chaque partie d'un sujet montre les sources de ses propres faits.
    .p2 = Dans cette version, les sujets utilisent 86 sources différentes :
    .list1 =
        - 45 sont des pages d'autorités danoises, comme le CMM, la police, le Parlement danois, des ministères et des tribunaux.
        - 8 sont des rapports ou des pages de gouvernements étrangers et d'organismes internationaux, comme le Département d'État des États-Unis, l'UE et l'Organisation internationale du Travail.
        - 9 sont des copies de documents officiels, comme des rapports ou des textes de loi, gardées sur d'autres sites internet.
        - 7 sont des articles de presse.
        - 3 sont des pages de cabinets d'avocats.
        - 14 sont des pages d'organisations, de syndicats et d'autres sites internet.
    .p3 = Certaines sources sont anciennes, certaines n'ont pas de date, et certaines ont été lues seulement en partie. Quand une source est un article de presse ou un cabinet d'avocats, la liste des sources le dit.
    .p4 = Les numéros de téléphone viennent de pages officielles de la police, de l'État danois et du CMM. Les numéros et les règles peuvent changer. Si vous avez un doute, appelez la ligne d'aide du CMM.

languages = Langues et traductions
    .p1 = Ces informations ont d'abord été écrites en anglais. Les autres langues sont traduites à partir du texte anglais.
    .p2 = Chaque langue montre comment sa traduction a été faite, et si une personne de langue maternelle l'a vérifiée. Certaines traductions ont été faites avec l'aide d'une machine et ne sont pas encore vérifiées par une personne de langue maternelle.
    .p3 = Si une partie n'est pas encore traduite, vous la voyez en anglais, et on vous le dit.
    .p4 = Quand vous parlez au CMM pour la première fois, un interprète est souvent présent.

privacy = Votre vie privée
    .p1 = Haven ne garde aucune trace de ce que vous lisez ou cherchez. L'application garde seulement vos réglages, comme votre langue et la taille du texte.
    .p2 = Haven fonctionne sans internet. L'application se connecte seulement pour chercher des informations mises à jour, et seulement si vous le demandez dans les réglages.
    .important = Votre téléphone lui-même peut quand même garder une trace des appels et des e-mails que vous faites depuis Haven. Le sujet « Obtenir de l'aide maintenant » dit ce qu'il garde.
    .p3 = Votre personne de contact du CMM peut vous conseiller sur la façon de protéger votre téléphone.
