title = Nangyayari ba ito sa akin?
summary = Ilang tanong tungkol sa mga palatandaan ng pagsasamantala. Sumagot ng oo, hindi, o hindi sigurado.
intro = Tungkol sa isang palatandaan ang bawat tanong. Nananatili sa screen na ito ang mga sagot mo: hindi ito sine-save o ipinapadala, at mawawala ito kapag umalis ka.

documents = May kumuha ba ng passport o ID mo?
debt = May utang ka ba sa taong nagdala sa iyo rito o humanap ng trabaho para sa iyo?
pay = Iniipit ba ang sahod mo, o mas mababa ba ito nang malaki kaysa sa ipinangako sa iyo?
deceived = Pinagsinungalingan ka ba tungkol sa trabaho, sa sahod, o sa lugar?
threats = May nagbabanta ba sa iyo o sa pamilya mo?
violence = May humampas ba sa iyo, nanakit sa iyo, o pumilit sa iyong makipagtalik?
not-free = Hindi ka ba malayang umalis, o pumunta kung saan mo gusto?
watched = Binabantayan ka ba, halimbawa sa GPS ng telepono mo o sa mga camera?
doctor = Pinipigilan ka bang magpatingin sa doktor o pumunta sa ospital kapag nasaktan ka o may sakit ka?
digital-id = Ibang tao ba ang may kontrol sa MitID o NemID mo, ang digital ID mo sa Denmark?
sex-money = Ibang tao ba ang nagpapasya kung anong sex ang ibebenta mo, ilang kliyente ang haharapin mo, o gaano kalaki sa pera ang matitira sa iyo?
forced-crime = May pumipilit ba sa iyong magnakaw, magbenta ng droga, o mamalimos?

result = { $count ->
    [0] Hindi ka sumagot ng oo sa alinman sa { $total } na palatandaan.
    [one] Sumagot ka ng oo sa { $count } sa { $total } na palatandaan.
   *[other] Sumagot ka ng oo sa { $count } sa { $total } na palatandaan.
}
unsure = { $unsure ->
    [one] Hindi ka sigurado sa { $unsure } na tanong.
   *[other] Hindi ka sigurado sa { $unsure } na tanong.
}

help = Ano ang ibig sabihin nito
    .p1 = Hindi ito pagsusulit, at hindi nito masasabi kung ano ang nangyayari sa iyo. Hindi patunay ang isang palatandaan lang. Kapag marami ang palatandaan nang sabay-sabay, malakas na babala iyon.
    .p2 = Puwede mong kausapin ang hotline ng CMM tungkol sa sitwasyon mo nang hindi sinasabi ang pangalan mo. Puwede ka ring tumawag tungkol sa ibang tao.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Kung nasa panganib ka ngayon, tumawag sa numero para sa emergency.
    .action2 = { CALL("emergency") }
