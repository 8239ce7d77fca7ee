title = O tych informacjach
summary = Te informacje publikuje { $publisher }.
    Fakty ostatnio sprawdzono: { $published }.

who = Kto to przygotował
    .p1 = Te informacje publikuje { $publisher }.
    .p2 = Fakty ostatnio sprawdzono: { $published }. To jest wersja { $version }.

sources = Skąd pochodzą fakty
    .p1 = Fakty pochodzą ze źródeł podanych przy każdym temacie. Większość to oficjalne duńskie strony, na przykład strony Duńskiego Centrum przeciwko Handlowi Ludźmi, policji i duńskiego parlamentu.
    .p2 = Każdy numer telefonu jest sprawdzony na oficjalnych stronach.
    .p3 = Przepisy mogą się zmienić. Jeśli nie masz pewności, zadzwoń na infolinię CMM.

languages = Języki i tłumaczenia
    .p1 = Te informacje najpierw napisano po angielsku. Inne języki są tłumaczone z tekstu angielskiego.
    .p2 = Przy każdym języku widać, na ile sprawdzono jego tłumaczenie. Niektóre tłumaczenia zrobiono z pomocą tłumaczenia maszynowego i nie sprawdziła ich jeszcze osoba, dla której to język ojczysty.
    .p3 = Jeśli jakaś część nie jest jeszcze przetłumaczona, zobaczysz ją po angielsku i dostaniesz o tym informację.

privacy = Twoja prywatność
    .p1 = Haven nie zapisuje, co czytasz.
    .p2 = Haven działa bez internetu.
