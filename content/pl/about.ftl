title = O tych informacjach
summary = Te informacje publikuje { $publisher }.
    Fakty ostatnio sprawdzono: { $published }.
    Żaden doradca prawny nie sprawdził jeszcze tekstu angielskiego.

who = Kto to przygotował
    .p1 = Te informacje publikuje { $publisher }.
    .p2 = Fakty ostatnio sprawdzono: { $published }. To jest wersja { $version }.
    .p3 = Niektóre strony sprawdzono na podstawie zapisanych kopii, które mogą być starsze.
    .p4 = Żaden doradca prawny ani żadna organizacja nie sprawdziły jeszcze faktów w tekście angielskim. Przy każdym temacie aplikacja mówi ci, czy fakty zostały sprawdzone i przez kogo.
    .p5 = To są ogólne informacje. Jeśli potrzebujesz porady w swojej sytuacji, zadzwoń na infolinię CMM. Infolinia pomaga ofiarom, osobom, które martwią się o kogoś innego, i każdemu, kto chce porady.
    .action = { CALL("cmm-hotline") }

sources = Skąd pochodzą fakty
    .p1 = Każdy temat podaje swoje źródła. Każda część tematu pokazuje źródła swoich faktów.
    .p2 = W tej wersji tematy korzystają z 86 różnych źródeł:
    .list1 =
        - 45 to strony duńskich urzędów i instytucji, na przykład CMM, policji, duńskiego parlamentu, ministerstw i sądów.
        - 8 to raporty lub strony rządów innych państw i organizacji międzynarodowych, na przykład Departamentu Stanu USA, UE i Międzynarodowej Organizacji Pracy.
        - 9 to kopie oficjalnych dokumentów, na przykład raportów lub tekstów ustaw, na innych stronach internetowych.
        - 7 to artykuły prasowe.
        - 3 to strony kancelarii prawnych.
        - 14 to strony organizacji, związków zawodowych i inne strony internetowe.
    .p3 = Niektóre źródła są stare, niektóre nie mają daty, a niektóre przeczytano tylko częściowo. Jeśli źródło to artykuł prasowy albo strona kancelarii prawnej, lista źródeł to podaje.
    .p4 = Numery telefonów pochodzą z oficjalnych stron policji, duńskiego państwa i CMM. Numery i przepisy mogą się zmienić. Jeśli nie masz pewności, zadzwoń na infolinię CMM.

languages = Języki i tłumaczenia
    .p1 = Te informacje najpierw napisano po angielsku. Inne języki są tłumaczone z tekstu angielskiego.
    .p2 = Przy każdym języku widać, jak powstało tłumaczenie i czy sprawdziła je osoba, dla której to język ojczysty. Niektóre tłumaczenia zrobiono z pomocą tłumaczenia maszynowego i nie sprawdziła ich jeszcze osoba, dla której to język ojczysty.
    .p3 = Jeśli jakaś część nie jest jeszcze przetłumaczona, zobaczysz ją po angielsku i dostaniesz o tym informację.
    .p4 = Podczas pierwszej rozmowy z CMM często jest tłumacz.

privacy = Twoja prywatność
    .p1 = Haven nie zapisuje, co czytasz ani czego szukasz. Zapisuje tylko twoje ustawienia, na przykład język i wielkość tekstu.
    .p2 = Haven działa bez internetu. Łączy się z internetem tylko po to, żeby sprawdzić, czy są nowe informacje, i tylko wtedy, gdy o to poprosisz w ustawieniach.
    .important = Sam twój telefon może jednak zapisywać połączenia i e-maile, które wykonujesz lub wysyłasz z Haven. W temacie „Uzyskaj pomoc teraz” jest napisane, co zapisuje telefon.
    .p3 = Twoja osoba kontaktowa z CMM może ci doradzić, jak chronić swój telefon.
