emergency = Alarmnummer
    .description = Ved fare for liv, alvorlig kriminalitet, brand eller alvorlig sygdom eller skade.

cmm-hotline = Center mod Menneskehandel (CMM)
    .description = Det nationale center, der hjælper mennesker, som kan være ofre for menneskehandel.
