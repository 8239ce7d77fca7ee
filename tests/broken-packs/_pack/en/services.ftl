emergency = Emergency number
    .description = For danger to life, serious crime, fire, or serious illness or injury.

cmm-hotline = Danish Centre against Human Trafficking (CMM)
    .description = The national centre that helps people who may be victims of human trafficking.
