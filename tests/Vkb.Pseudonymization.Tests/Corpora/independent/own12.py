# -*- coding: utf-8 -*-
"""My own lists for heldout12 (written in session 15 from my own knowledge; no external list copied).

Populations: as12 Assyrian / Aramaic (Suryoye, Chaldeans), ss12 South Sudanese (Dinka, Nuer, Shilluk), tb12 Tibetan,
bk12 Burkinabe (Mossi, Dioula), os12 Ossetian and Kabardian / Circassian, tg12 Togolese / Beninese (Ewe, Mina, Fon,
Kabyè), br12 Brazilian, de12 German: Low German (Holstein, Hamburg, Dithmarschen), East Prussian / Masurian, Ruhr-Polish
miners' families, Saar / Lorraine, South Tyrol.
"""

OWN_NAMES = {
 'as12': {
  'm': 'Ninos Sargon Ashur Atour Nimrod Aprem Shmuel Yacoub Gawriye Barsaum Yuhanon Eliyo Afrem Yawsef Shemun Abrohom '
       'Ninib Gewargis Odisho Shlemon Khoshaba Zaya Yonadam Malke Danho Lahdo Aziz Hanna Isa Rabi Tomas Shabo Gallo '
       'Sawo Matay Yuhanna Ablahad Semaan Fehmi Bahnan',
  'f': 'Shamiram Ninva Nahrin Atra Marganita Shamiran Ishtar Sabro Shmuni Ninorta Ramina Mardina Warina Qritho Nisibin '
       'Sonia Rabia Helena Hanne Mariam Layla Sheba Taqla Shlomo Ninve Ramsina Bahro Turkiye Hatune Malfono Gulizar',
  's': 'Barsom Barsoum Gabro Aho Beth-Kinne Danho Lahdo Odisho Khoshaba Shlimon Yonan Eshaya Warda Benyamin Sawme Kourie '
       'Yalda Toma Shamoun Youkhana Edo Zaya Oraha Kiryakos Gallo Malki Ablahad Hanno Hermez Isho Babela Tamras Dawod '
       'Gevriye Hadodo Bahdi Gorgis Kanno Chamoun Beth-Shlimun Abrahamo Malke Gabriyel Bar-Yawno Ishak Tuma Sado Demir-Aho',
 },
 'ss12': {
  'm': 'Deng Garang Majok Machar Kuol Chol Lual Malual Mading Makuei Manyang Bol Ajak Ater Dut Marial Mayen Thon Wol '
       'Gatluak Gatkuoth Riek Puok Ruot Tut Nyuon Kueth Chuol Duop Akol Arop Ayuen Aguer Maker Mabior Atem Dhieu',
  'f': 'Achol Nyandeng Akuol Nyabol Ayen Adut Abuk Achai Aluel Akon Nyakim Nyaboth Nyachuol Nyawal Nyaluak Awut Alek '
       'Ajok Akech Athiei Nyibol Nyanut Apajok Nyamal Nyagoa Nyadak Ayak Aguet Nyariek',
  's': 'Deng Garang Mabior Makuei Majok Kuol Atem Akol Malual Chol Bol Lual Ayom Dhieu Thuch Koang Gatluak Nyuon Kueth '
       'Ruach Duoth Tut Machar Ajak Manyok Mawien Anyieth Agoth Mayom Kur Piol Riak Yak Biar Kok Magok Wol Akec Madut '
       'Aleu Bior Lueth Ngor Thiong Nhial Jok Nyok Dak',
 },
 'tb12': {
  'm': 'Tenzin Tashi Sonam Dawa Norbu Dorje Jampa Lobsang Kalsang Thupten Ngawang Dhondup Karma Pema Namgyal Tsewang '
       'Gyaltsen Rinchen Phuntsok Tsering Wangdue Choephel Lhakpa Nyima Samten Jigme Topgyal Tenpa Sherab Kunga Losel',
  'f': 'Dolma Lhamo Yangchen Choedon Wangmo Yangzom Dechen Pema Tsering Kunsang Dickyi Sangmo Palmo Tsomo Youdon '
       'Drolkar Kelsang Yeshi Sonam Dawa Lhakyi Tashi Norzin Pasang Chime Tsedon Lhadon',
  's': 'Tsering Dorje Namgyal Wangdu Gyatso Tenzin Choedak Phuntsok Dolkar Tashi Norbu Rabten Lhundup Sherab Gyaltsen '
       'Tsultrim Tharchin Dakpa Samdup Wangchuk Jinpa Khedup Topden Gonpo Dhargyal Tsetan Choeden Yonten Gelek Chophel '
       'Lodoe Sangpo Lhamo Dolma Thinley Paljor Shakya Tsomo Dhondup Kyizom Chodron',
 },
 'bk12': {
  'm': 'Boukary Rasmané Issouf Salif Tégawendé Wendpouiré Wendkouni Pegwendé Relwendé Nongma Boureima Hamado Lassané '
       'Moumouni Souleymane Inoussa Adama Yacouba Harouna Windbenda Sibiri Ousséni Abdoul-Karim Zakaria Tiga Noaga '
       'Kiswendsida Rimyalegdo Arzouma Mahamadi Bila Sambo',
  'f': 'Awa Mariam Aminata Alimata Rasmata Salamata Habibou Wendyam Pengdwendé Nafissatou Zénabo Ramatou Adjara '
       'Bibata Kadiatou Lamoussa Poko Tènè Wendlassida Fati Zalissa Sanata Assèta Tinbila Raogo Pauline',
  's': 'Ouédraogo Sawadogo Kaboré Compaoré Zongo Ilboudo Yaméogo Nikiéma Kiemdé Zoungrana Tapsoba Ouoba Sanou Bationo '
       'Kinda Belem Kaboret Nacoulma Zida Kafando Tiendrébéogo Rouamba Guiro Kientega Ouattara Soubeiga Yougbaré '
       'Bonkoungou Ouédraogo-Kaboré Savadogo Kouraogo Simporé Pafadnam Kagambèga Yelkouni',
 },
 'os12': {
  'm': 'Alan Soslan Taimuraz Zaurbek Khetag Batraz Kazbek Tamerlan Chermen Azamat Elbrus Inal Tembot Kanshoubi Zamir '
       'Anzor Aslanbek Beslan Astemir Khasan Felix Sarmat Ibragim Muhadin Kantemir Chetag Sosruko Dzambolat',
  'f': 'Zarina Zalina Agunda Dzerassa Alana Satana Zaira Lyana Fatimat Zukhra Elina Dana Indira Milana Alina Asiyat '
       'Madina Lolita Zemfira Mariyat Svetlana Nalchan Satanei Aminat Zhanna Dzera',
  's': 'Dzagoev Kokoev Tsallagov Gazzaev Bagaev Dzhioev Kabisov Tedeev Khetagurov Gagloev Kochiev Pliev Besolov Tsagolov '
       'Kaloev Dzutsev Kardanov Shogenov Kushkhov Tlekhugov Kodzokov Shebzukhov Kumykov Tkhagapsoev Khatukhov Berov '
       'Afaunov Dokshukin Dsagojew Kokojew Gasajew Kardanow Schogenow Kuschchow Tedejew Gagloew Zalikov Dzhanaev '
       'Mamsurov Tsoraev Kesaev Tuaev Byazrov Abaev Gurtsiev Temirkanov',
 },
 'tg12': {
  'm': 'Komlan Kossi Kodjo Yawo Kokou Edem Sélom Mawuli Senyo Elom Dodzi Kwami Komi Folly Messan Kangni Agbéko Sénamé '
       'Essowè Pakim Essodina Tchilabalo Akpéna Houénou Codjo Sèmassou Gbénou Kokouvi Dovi Mensah Koudjo Yaovi Afanvi',
  'f': 'Akossiwa Abla Enyonam Dzifa Afi Ablavi Akouvi Yawa Ayélé Kafui Mawuena Sena Edefia Essi Yayra Afiwa Amivi Dédé '
       'Essozimna Fafa Sika Mawugnon Sitou Adjoavi Kossiwa Mawunyo Delali Eyram Eyawa Ablamvi',
  's': 'Agbeko Amegah Dzakpasu Kpodo Gbeve Adjovi Akakpo Agbodjan Amouzou Lawson Ayivi Kpetsu Ahadji Dossou Hounkpatin '
       'Gbaguidi Zinsou Houngbédji Tchalla Kpatcha Agboka Afanou Adzoh Klutse Tossou Atchou Sossou Amedzro Ekoué '
       'Djossou Anani Kudzo Awuku Fiagbe Bedzra Dogbe Ahiakpor Kouevi Assiongbon Tchakpélé Gnassingbé Ametepe',
 },
 'br12': {
  'm': 'Wellington Jefferson Cleiton Kleber Washington Wesley Thiago Gustavo Anderson Edvaldo Josué Raimundo Ailton '
       'Edilson Gilberto Wanderley Valdecir Juscelino Claudionor Everaldo Railson Deivid Maicon Uéliton Davi Luan Kauã '
       'Caio Renan Cícero Genivaldo Adalberto Ronaldinho Ednaldo',
  'f': 'Rosângela Gleice Thaís Jaqueline Luciana Francisca Rosilene Edilene Josiane Cleide Vanusa Gisele Daiane Suellen '
       'Tainá Thaynara Raíssa Larissa Maiara Jéssica Dandara Iracema Eliane Cristiane Rosimeire Edneia Kelly Lucinéia '
       'Marilene Valdirene',
  's': 'Nascimento Cavalcanti Albuquerque Bezerra Siqueira Magalhães Figueiredo Barbosa Araújo Pimentel Brandão Rezende '
       'Guimarães Queiroz Teixeira Sampaio Medeiros Vasconcelos Holanda Damasceno Conceição Nogueira Cardoso Gonçalves '
       'Macedo Lacerda Meireles Moura Assunção Bittencourt Paixão Pinheiro Andrade Batista Camargo Aragão Sobral '
       'Cavalcante Matogrosso Quintanilha Brito Amaral Furtado Carvalhal',
 },
 'de12': {
  'm': 'Hauke Heiko Tjark Momme Broder Hinnerk Jürn Fiete Keno Ocke Sönke Malte Bendix Jasper Marten Henning Detlef '
       'Volkert Harro Hannes Thies Lüder Asmus Jens-Peter Hans-Hinrich Hein Wendelin Aloysius Vigil Alois Lorenz '
       'Engelbert Hansjörg Schorsch Kasimir Stanislaus Bronislaw Leo Ewald Eckehard Reinhold Siegbert Waldemar Wigbert '
       'Gerold Hartwig Jochen Bernd-Uwe Klaus-Dieter Hubertus Notker Gottlieb Baldur Ubbo Okko Wübbo Focko Eilert Tjade '
       'Hayo Poppe Menno Onno Remmer Tamme Harm Gerriet Jelto Hinrich Boje Knud Thede Ketel Sievert Detleff Friedhelm '
       'Heinz-Werner Hans-Georg Karl-Otto Wolf-Rüdiger Ortwin Ingolf Hartmut Gebhard Volkmar Adalbert Wunibald '
       'Pankraz Korbinian Kilian Severin Vitus Leonhard Blasius Anselm Gallus Isidor Nepomuk Theobald Cyriakus '
       'Eike Frerk Hinderk Ulferd Reemt Tönjes Ewert Arend Jaspar Lüer Sibo Tammo Edzard Enno-Hinrich Wiard '
       'Rikus Aloys Alfons Pius Benno Ignaz Wendel Hubertus-Josef Kunibert Gotthard Volkhard Dietmar-Alois Egid '
       'Florian-Vigil Hansl Seppl Luis Toni-Luis Wastl Zenz Loisl Korbl Sepp-Anton Hilmar Edmund-Kasimir Wigand '
       'Reimer Ketel-Jan Harmen Eppo Folkert Gerd-Jürn Hinnerk-Asmus Thore Boyke Brar Knudt Nis Erk',
  'f': 'Frauke Silke Swantje Telse Wiebke Meike Hilke Birte Imke Gesa Anke Elke Heike Dörte Gunda Ilka Kerrin Inken '
       'Fenja Thea Merle Notburga Burgl Ottilie Mechthild Hildegard Franziska Kunigunde Zenzi Resi Traudl Annegret '
       'Rosemarie Liesel Hannelore Edeltraud Waltraud Marlies Gudrun Helga Ortrud Brunhilde Wilhelmine Luzia Tjarda '
       'Hiske Ubbine Okka Almuth Hilka Trientje Geeske Dörthe Wibke Tomke Rixa Ingeburg Adelheid Friedegard Roswitha '
       'Irmgard Liselotte Gerlinde Sieglinde Hiltrud Walpurga Kreszentia Genoveva Amalie Theresia Philippine Leokadia '
       'Bronislawa Apolonia Veronika Marlene-Sophie Heidemarie Rotraut Gundula Hedwig Eleonore Editha Friederike '
       'Margarethe Elfriede Irmela Wiltrud Reinhild Ermengard Kordula Benedikta Afra Barbara-Maria Ursel Christel '
       'Tjalda Insa Hille Taalke Geske Frerika Jantje Ubbina Hinrike Elsbeth Gertraud Irmtraud Hiltraud Adelgunde '
       'Rosalinde Gundel Mareile Hella Ortrun Sigrun Swenja Kirsa Tiale Teda Thekla Hermine Jolanthe Ermentrude '
       'Gerburg Hildburg Klothilde Crescentia Rosl Moidl Burgi Vroni Loisi Zilli Kreszenz Notburg Gretl Wally '
       'Emerentia Gertrudis Hedi Eilike Reinhilde Edelgard Tomma Ocka Rinske Imma Wiebke-Maren Heilke Fokeline '
       'Almuth-Rixa Hiltje Antje-Gesa Trina Fenna Engelke Tjadine Ebeltje Grietje Remke',
  's': 'Butenschön Wischhusen Rehder Piepgras Hinrichsen Harbeck Struve Tiedemann Lüthje Ramcke Meinert Schnoor Sievers '
       'Lüders Brüggemann Stoltenberg Timmermann Dohrn Hadenfeldt Plambeck Tetens Hagge Ehlers Eggers Asmussen Möllgaard '
       'Jessen Kröger Sötje Stamer Rathjen Ohlsen Claußen Bockelmann Kähler Frahm Holtorf Lafrenz Ratje '
       'Kowalzik Jeromin Pallasch Sobottka Rattay Kischkat Schimkat Naujoks Gudat Kairies Plaumann Szameitat Grigat '
       'Jurkschat Lukat Endrikat Klimmek Kossack Dzubiel Lorenscheit Wowereit Bendig Skowronnek '
       'Schimanski Kuzorra Szepan Tilkowski Burdenski Przybilla Urbanski Libuda Tibulski Czerwinski Kalwitzki Zurawski '
       'Tschöke Gollasch Matuschek '
       'Recktenwald Thinnes Altmeyer Meiser Wendling Ehrhart Heitz Lauer Biehl Jungmann Scherer Rupp Holzer Kiefer '
       'Breyer Kallenborn Schwindling Feld Hoen Bost Schwarz-Bost Ecker Theobald Bettinger Didion Mathieu Lorang Weiskircher '
       'Gasser Pichler Mair Thaler Egger Oberhofer Kofler Pircher Unterkircher Obexer Plaickner Schwienbacher Niederkofler '
       'Innerhofer Prünster Ladurner Gamper Tschurtschenthaler Oberrauch Unterhuber Untermarzoner Hofer Rottensteiner',
 },
}

# (a Latvian / Estonian / Finnish pool was written first; the filter kept 9 of 126 candidates, so it was replaced by bk12)
# Latvian surnames change in the feminine (-š / -s -> -a, -ons -> -one); Ossetian / Kabardian -ov/-ev -> -ova/-eva.
LATVIAN = set('Bērziņš Kalniņš Ozoliņš Liepiņš Krūmiņš Zariņš Vītols Grīnbergs Jansons Kļaviņš Pētersons Sproģis '
              'Lapiņš Vanags Zvirbulis'.split())

STOP = set('leo isa dak jok kur yak kok bol dut tut lam oja alan dana felix ali rein feld rupp theobald sado '
           'helena hanna tomas sonia'.split())

# Towns: name, postcode (from memory; may be off), plate code, landline area code (from memory, may be off), RD
TOWNS = [
 # Ruhr / Lower Rhine / Ennepe (NRW)
 ('Castrop-Rauxel', '44575', 'RE', '02305', 'NRW'), ('Datteln', '45711', 'RE', '02363', 'NRW'),
 ('Waltrop', '45731', 'RE', '02309', 'NRW'), ('Oer-Erkenschwick', '45739', 'RE', '02368', 'NRW'),
 ('Herten', '45699', 'RE', '02366', 'NRW'), ('Haltern am See', '45721', 'RE', '02364', 'NRW'),
 ('Dorsten-Wulfen', '46286', 'RE', '02369', 'NRW'), ('Voerde', '46562', 'WES', '02855', 'NRW'),
 ('Hünxe', '46569', 'WES', '02858', 'NRW'), ('Kamp-Lintfort', '47475', 'WES', '02842', 'NRW'),
 ('Neukirchen-Vluyn', '47506', 'WES', '02845', 'NRW'), ('Rheinberg', '47495', 'WES', '02843', 'NRW'),
 ('Sonsbeck', '47665', 'WES', '02838', 'NRW'), ('Schwelm', '58332', 'EN', '02336', 'NRW'),
 ('Ennepetal', '58256', 'EN', '02333', 'NRW'), ('Gevelsberg', '58285', 'EN', '02332', 'NRW'),
 ('Sprockhövel', '45549', 'EN', '02324', 'NRW'), ('Herdecke', '58313', 'EN', '02330', 'NRW'),
 ('Breckerfeld', '58339', 'EN', '02338', 'NRW'), ('Bergkamen', '59192', 'UN', '02307', 'NRW'),
 ('Bönen', '59199', 'UN', '02383', 'NRW'), ('Holzwickede', '59439', 'UN', '02301', 'NRW'),
 ('Fröndenberg', '58730', 'UN', '02373', 'NRW'), ('Selm', '59379', 'UN', '02592', 'NRW'),
 ('Werne', '59368', 'UN', '02389', 'NRW'), ('Wanne-Eickel', '44649', 'HER', '02325', 'NRW'),
 ('Bottrop-Kirchhellen', '46244', 'BOT', '02045', 'NRW'), ('Gladbeck-Zweckel', '45966', 'RE', '02043', 'NRW'),
 ('Lünen-Brambauer', '44536', 'UN', '0231', 'NRW'), ('Duisburg-Walsum', '47179', 'DU', '0203', 'NRW'),
 ('Oberhausen-Sterkrade', '46145', 'OB', '0208', 'NRW'), ('Essen-Katernberg', '45327', 'E', '0201', 'NRW'),
 ('Gelsenkirchen-Hassel', '45896', 'GE', '0209', 'NRW'), ('Bochum-Wattenscheid', '44866', 'BO', '02327', 'NRW'),
 # Saarland / Westpfalz / Südpfalz (RPS)
 ('Püttlingen', '66346', 'SB', '06898', 'RPS'), ('Friedrichsthal', '66299', 'SB', '06897', 'RPS'),
 ('Quierschied', '66287', 'SB', '06897', 'RPS'), ('Heusweiler', '66265', 'SB', '06806', 'RPS'),
 ('Riegelsberg', '66292', 'SB', '06806', 'RPS'), ('Großrosseln', '66352', 'SB', '06898', 'RPS'),
 ('Wadgassen', '66787', 'SLS', '06834', 'RPS'), ('Bous', '66359', 'SLS', '06834', 'RPS'),
 ('Ensdorf', '66806', 'SLS', '06831', 'RPS'), ('Schwalbach', '66773', 'SLS', '06834', 'RPS'),
 ('Saarwellingen', '66793', 'SLS', '06838', 'RPS'), ('Lebach', '66822', 'SLS', '06881', 'RPS'),
 ('Nalbach', '66809', 'SLS', '06838', 'RPS'), ('Rehlingen-Siersburg', '66780', 'SLS', '06835', 'RPS'),
 ('Überherrn', '66802', 'SLS', '06836', 'RPS'), ('Wallerfangen', '66798', 'SLS', '06831', 'RPS'),
 ('Mettlach', '66693', 'MZG', '06864', 'RPS'), ('Losheim am See', '66679', 'MZG', '06872', 'RPS'),
 ('Wadern', '66687', 'MZG', '06871', 'RPS'), ('Weiskirchen', '66709', 'MZG', '06876', 'RPS'),
 ('Nohfelden', '66625', 'WND', '06852', 'RPS'), ('Tholey', '66636', 'WND', '06853', 'RPS'),
 ('Marpingen', '66646', 'WND', '06853', 'RPS'), ('Eppelborn', '66571', 'NK', '06881', 'RPS'),
 ('Illingen', '66557', 'NK', '06825', 'RPS'), ('Merchweiler', '66589', 'NK', '06825', 'RPS'),
 ('Schiffweiler', '66578', 'NK', '06821', 'RPS'), ('Ottweiler', '66564', 'NK', '06824', 'RPS'),
 ('Spiesen-Elversberg', '66583', 'NK', '06821', 'RPS'), ('Kirkel', '66459', 'HOM', '06841', 'RPS'),
 ('Gersheim', '66453', 'HOM', '06843', 'RPS'), ('Mandelbachtal', '66399', 'HOM', '06803', 'RPS'),
 ('Bexbach', '66450', 'HOM', '06826', 'RPS'), ('Rodalben', '66976', 'PS', '06331', 'RPS'),
 ('Hauenstein', '76846', 'PS', '06392', 'RPS'), ('Landstuhl', '66849', 'KL', '06371', 'RPS'),
 ('Ramstein-Miesenbach', '66877', 'KL', '06371', 'RPS'), ('Lauterecken', '67742', 'KUS', '06382', 'RPS'),
 ('Rockenhausen', '67806', 'KIB', '06361', 'RPS'), ('Grünstadt', '67269', 'DÜW', '06359', 'RPS'),
 ('Haßloch', '67454', 'DÜW', '06324', 'RPS'), ('Lambrecht', '67466', 'DÜW', '06325', 'RPS'),
 ('Annweiler am Trifels', '76855', 'SÜW', '06346', 'RPS'), ('Herxheim', '76863', 'SÜW', '07276', 'RPS'),
 ('Kandel', '76870', 'GER', '07275', 'RPS'), ('Wörth am Rhein', '76744', 'GER', '07271', 'RPS'),
 ('Bellheim', '76756', 'GER', '07272', 'RPS'), ('Schifferstadt', '67105', 'RP', '06235', 'RPS'),
 # Saxony-Anhalt / Thuringia (SAT)
 ('Artern', '06556', 'KYF', '03466', 'SAT'), ('Bad Frankenhausen', '06567', 'KYF', '034671', 'SAT'),
 ('Ebeleben', '99713', 'KYF', '036020', 'SAT'), ('Greußen', '99718', 'KYF', '03636', 'SAT'),
 ('Bad Langensalza', '99947', 'UH', '03603', 'SAT'), ('Leinefelde-Worbis', '37327', 'EIC', '03605', 'SAT'),
 ('Dingelstädt', '37351', 'EIC', '036075', 'SAT'), ('Bleicherode', '99752', 'NDH', '036338', 'SAT'),
 ('Hettstedt', '06333', 'MSH', '03476', 'SAT'), ('Gerbstedt', '06347', 'MSH', '034783', 'SAT'),
 ('Könnern', '06420', 'SLK', '034691', 'SAT'), ('Egeln', '39435', 'SLK', '039268', 'SAT'),
 ('Oschersleben', '39387', 'BK', '03949', 'SAT'), ('Wanzleben', '39164', 'BK', '039209', 'SAT'),
 ('Klötze', '38486', 'SAW', '03909', 'SAT'), ('Osterburg', '39606', 'SDL', '03937', 'SAT'),
 ('Havelberg', '39539', 'SDL', '039387', 'SAT'), ('Genthin', '39307', 'JL', '03933', 'SAT'),
 ('Möckern', '39291', 'JL', '039221', 'SAT'), ('Oranienbaum-Wörlitz', '06785', 'WB', '034904', 'SAT'),
 ('Gräfenhainichen', '06773', 'WB', '034953', 'SAT'), ('Annaburg', '06925', 'WB', '035385', 'SAT'),
 ('Sandersdorf-Brehna', '06792', 'ABI', '03493', 'SAT'), ('Zörbig', '06780', 'ABI', '034956', 'SAT'),
 ('Nebra', '06642', 'BLK', '034461', 'SAT'), ('Laucha an der Unstrut', '06636', 'BLK', '034462', 'SAT'),
 ('Hohenmölsen', '06679', 'BLK', '034441', 'SAT'), ('Teuchern', '06682', 'BLK', '034443', 'SAT'),
 ('Triptis', '07819', 'SOK', '036482', 'SAT'), ('Neustadt an der Orla', '07806', 'SOK', '036481', 'SAT'),
 ('Bad Lobenstein', '07356', 'SOK', '036651', 'SAT'), ('Zeulenroda-Triebes', '07937', 'GRZ', '036628', 'SAT'),
 ('Ronneburg', '07580', 'GRZ', '036602', 'SAT'), ('Meuselwitz', '04610', 'ABG', '03448', 'SAT'),
 ('Bad Sulza', '99518', 'AP', '036461', 'SAT'), ('Kahla', '07768', 'SHK', '036424', 'SAT'),
 ('Hermsdorf', '07629', 'SHK', '036601', 'SAT'), ('Bad Blankenburg', '07422', 'SLF', '036741', 'SAT'),
 ('Königsee', '07426', 'SLF', '036738', 'SAT'), ('Stadtilm', '99326', 'IK', '03629', 'SAT'),
 ('Ohrdruf', '99885', 'GTH', '03624', 'SAT'), ('Tambach-Dietharz', '99897', 'GTH', '036252', 'SAT'),
 ('Steinbach-Hallenberg', '98587', 'SM', '036847', 'SAT'), ('Schleusingen', '98553', 'HBN', '036841', 'SAT'),
 ('Neuhaus am Rennweg', '98724', 'SON', '03679', 'SAT'), ('Vacha', '36404', 'WAK', '036962', 'SAT'),
 ('Treffurt', '99830', 'WAK', '036923', 'SAT'), ('Ruhla', '99842', 'WAK', '036929', 'SAT'),
 # second batch (the filter kept only 5 SAT and 10 RPS towns of the first list)
 ('Wippra', '06543', 'MSH', '034775', 'SAT'), ('Allstedt', '06542', 'MSH', '034652', 'SAT'),
 ('Kelbra (Kyffhäuser)', '06537', 'MSH', '034651', 'SAT'), ('Roßla', '06536', 'MSH', '034651', 'SAT'),
 ('Benneckenstein', '38877', 'HZ', '039457', 'SAT'), ('Hasselfelde', '38899', 'HZ', '039459', 'SAT'),
 ('Ilsenburg', '38871', 'HZ', '039452', 'SAT'), ('Harzgerode', '06493', 'HZ', '039484', 'SAT'),
 ('Kölleda', '99625', 'SÖM', '03635', 'SAT'), ('Buttstädt', '99628', 'SÖM', '036373', 'SAT'),
 ('Rastenberg', '99636', 'SÖM', '036377', 'SAT'), ('Gebesee', '99189', 'SÖM', '036201', 'SAT'),
 ('Blankenhain', '99444', 'AP', '037459', 'SAT'), ('Magdala', '99441', 'AP', '036454', 'SAT'),
 ('Orlamünde', '07768', 'SHK', '036423', 'SAT'), ('Leutenberg', '07338', 'SLF', '036734', 'SAT'),
 ('Lehesten', '07349', 'SLF', '036653', 'SAT'), ('Gräfenthal', '98743', 'SLF', '036703', 'SAT'),
 ('Wurzbach', '07343', 'SOK', '036652', 'SAT'), ('Tanna', '07922', 'SOK', '036646', 'SAT'),
 ('Gefell', '07926', 'SOK', '036649', 'SAT'), ('Berga/Elster', '07980', 'GRZ', '036623', 'SAT'),
 ('Münchenbernsdorf', '07589', 'GRZ', '036604', 'SAT'), ('Auma-Weidatal', '07955', 'GRZ', '036626', 'SAT'),
 ('Gößnitz', '04639', 'ABG', '034493', 'SAT'), ('Lucka', '04613', 'ABG', '034492', 'SAT'),
 ('Dornburg-Camburg', '07774', 'SHK', '036421', 'SAT'), ('Eckartsberga', '06648', 'BLK', '034467', 'SAT'),
 ('Freisen', '66629', 'WND', '06855', 'RPS'), ('Oberthal', '66649', 'WND', '06854', 'RPS'),
 ('Namborn', '66640', 'WND', '06857', 'RPS'), ('Nonnweiler', '66620', 'WND', '06873', 'RPS'),
 ('Beckingen', '66701', 'MZG', '06835', 'RPS'), ('Kleinblittersdorf', '66271', 'SB', '06805', 'RPS'),
 ('Waldmohr', '66914', 'KUS', '06373', 'RPS'), ('Schönenberg-Kübelberg', '66901', 'KUS', '06373', 'RPS'),
 ('Glan-Münchweiler', '66907', 'KUS', '06383', 'RPS'), ('Altenglan', '66885', 'KUS', '06381', 'RPS'),
 ('Wolfstein', '67752', 'KUS', '06304', 'RPS'), ('Otterberg', '67697', 'KL', '06301', 'RPS'),
 ('Enkenbach-Alsenborn', '67677', 'KL', '06303', 'RPS'), ('Trippstadt', '67705', 'KL', '06306', 'RPS'),
 ('Waldfischbach-Burgalben', '67714', 'PS', '06333', 'RPS'), ('Thaleischweiler-Fröschen', '66987', 'PS', '06334', 'RPS'),
 ('Busenberg', '76891', 'PS', '06391', 'RPS'), ('Lemberg', '66969', 'PS', '06331', 'RPS'),
 ('Edenkoben', '67480', 'SÜW', '06323', 'RPS'), ('Maikammer', '67487', 'SÜW', '06321', 'RPS'),
 ('Offenbach an der Queich', '76877', 'SÜW', '06348', 'RPS'), ('Jockgrim', '76751', 'GER', '07271', 'RPS'),
 ('Hagenbach', '76767', 'GER', '07273', 'RPS'), ('Lingenfeld', '67360', 'GER', '06344', 'RPS'),
 ('Dudenhofen', '67373', 'RP', '06232', 'RPS'), ('Böhl-Iggelheim', '67459', 'RP', '06324', 'RPS'),
 ('Freinsheim', '67251', 'DÜW', '06353', 'RPS'), ('Kirchheimbolanden', '67292', 'KIB', '06352', 'RPS'),
]

# street bases (own themes: Saar mining, Low German birds / coast, Thuringian forest, Tibet-free German words)
STREET_BASES = ['Grubenwehr', 'Förderturm', 'Steigerhaus', 'Kokerei', 'Halden', 'Schlägel', 'Flöz', 'Glückauf',
                'Seilscheiben', 'Lehrhauer', 'Priel', 'Möwen', 'Austernfischer', 'Deichgrafen', 'Reet', 'Fleet',
                'Rennsteig', 'Glasbläser', 'Schiefer', 'Porzellan', 'Köhlerei', 'Harzer', 'Spindel', 'Weber',
                'Zinn', 'Mispel', 'Quitten', 'Speierling', 'Holunder', 'Schlehen', 'Kornblumen', 'Mohn',
                'Haselnuss', 'Wiesenknopf', 'Brachvogel', 'Rohrdommel', 'Bussard', 'Marder', 'Dachs', 'Iltis',
                'Zeche-Ewald', 'Kaue', 'Lokschuppen', 'Stellwerk', 'Schranken', 'Kohlenbahn', 'Hüttenmeister']
STREET_SUFFIX = ['straße', 'str.', 'weg', 'gasse', 'pfad', 'ring', ' Straße', 'stieg', 'allee', 'platz']
FIXED_STREETS = ['Am Schacht 4', 'Unterm Hüttenberg', 'An der Alten Schmelz', 'Zum Förderturm', 'Auf dem Ruhrdeich',
                 'Hinter den Höfen', 'Bergmannsgrund', 'Am Kalischacht', 'Zur Saline', 'Auf der Bleiche',
                 'Im Grubenfeld', 'Am Wasserturm', 'Alte Poststraße', 'Unter den Eichen']

COMPANY_WORDS = ['Grubenlicht', 'Kohlenpott', 'Saarbogen', 'Westrichblick', 'Unstrutperle', 'Orlatal', 'Kyffhäuserblick',
                 'Schwarzatal', 'Deichblick', 'Fördergerüst', 'Blitzblank', 'Schnellschuh', 'Glanzwerk', 'Tatkraft',
                 'Sonnenseite', 'Pfiffikus', 'Mehrwert', 'Heimatglück', 'Bergauf', 'Tausendschön', 'Rundum',
                 'Nordlicht', 'Querbeet', 'Lichtblick', 'Werkstolz', 'Frischeparadies', 'Flinkfix', 'Sauberland']
TRADES = ['Gebäudereinigung', 'Logistik', 'Pflegedienst', 'Hausmeisterservice', 'Gartenbau', 'Dachdeckerei',
          'Malerbetrieb', 'Bäckerei', 'Fleischerei', 'Spedition', 'Zeitarbeit', 'Personalservice', 'Sicherheitsdienst',
          'Kurierdienst', 'Elektrotechnik', 'Metallbau', 'Fliesenlegerei', 'Umzüge', 'Catering', 'Friseursalon',
          'Kfz-Werkstatt', 'Callcenter', 'Textilreinigung', 'Getränkehandel', 'Tischlerei', 'Recycling']
LEGAL = ['GmbH', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'e.K.', 'KG', 'OHG', 'AG', 'GbR', 'e.Kfr.']
BRANDS = ['Villeroy & Boch Fliesen', 'Karlsberg Brauerei', 'Saarstahl', 'Dillinger Hütte', 'Globus SB-Warenhaus',
          'Ursapharm', 'Hager Group', 'ZF Saarbrücken', 'Carl Zeiss Jena', 'Jenoptik', 'Rotkäppchen Sekt',
          'Wernesgrüner', 'Köstritzer', 'Thüringer Waldquell', 'Born Senf', 'Halloren Schokolade', 'Evonik',
          'Vorwerk', 'Hülskens', 'Haribo', 'Lieferando', 'Flink', 'Uber', 'Bolt', 'Tier Mobility', 'Amazon Logistik',
          'DHL Hub Leipzig', 'Hermes Germany', 'Zalando Logistics', 'CSL Plasma', 'Octapharma Plasma', 'BASF',
          'Pfalzwerke', 'Aldi Süd', 'Netto Marken-Discount', 'Thomas Philipps', 'Hornbach']
GIG = ['Lieferando', 'Flink', 'Uber', 'Bolt', 'Wolt', 'Tier Mobility', 'Amazon Flex']
PAWN = ['Leihhaus Ruhr', 'Pfandhaus Gold-Anker', 'Leihhaus Saarbrücken am Markt', 'Pfandkredit Mitteldeutschland']

INST_TYPES = {  # type -> article for the template writer; the span is "Type Town"
 'Amtsgericht': 'das', 'Arbeitsgericht': 'das', 'Sozialgericht': 'das', 'Landgericht': 'das', 'Finanzamt': 'das',
 'Ordnungsamt': 'das', 'Bürgeramt': 'das', 'Standesamt': 'das', 'Jugendamt': 'das', 'Sozialamt': 'das',
 'Wohngeldstelle': 'die', 'Ausländerbehörde': 'die', 'Familienkasse': 'die', 'Suchtberatung': 'die',
 'Schuldnerberatung': 'die', 'Frauenberatungsstelle': 'die', 'Kreisverwaltung': 'die', 'Stadtverwaltung': 'die',
 'Volkshochschule': 'die', 'Musikschule': 'die', 'Berufsschule': 'die', 'Gesamtschule': 'die', 'Realschule plus': 'die',
 'Förderschule': 'die', 'Knappschaftsklinikum': 'das', 'Kreiskrankenhaus': 'das', 'Klinikum': 'das',
 'Rehaklinik': 'die', 'Tagesklinik': 'die', 'Sozialpsychiatrischer Dienst': 'der', 'Gesundheitsamt': 'das',
 'Polizeiinspektion': 'die', 'Polizeiwache': 'die', 'Freiwillige Feuerwehr': 'die', 'Jobcenter': 'das',
 'Agentur für Arbeit': 'die', 'Stadtbibliothek': 'die', 'Kirchengemeinde St. Wendelin': 'die', 'Tafel': 'die',
 'Mehrgenerationenhaus': 'das', 'Kita Sonnenkäfer': 'die', 'Hochschule': 'die', 'Notariat': 'das',
 'Ortsgemeinde': 'die', 'Verbandsgemeinde': 'die', 'Kreisjägerschaft': 'die', 'Fischereibehörde': 'die',
}
NAMED_BODIES = {  # name -> category (rv pension / rehabilitation, uv accident insurer, kk health insurer, kammer, sozial,
                 # gem community / association, amt authority); only the kept ones are used
 'Knappschaft-Bahn-See': 'rv', 'Deutsche Rentenversicherung Saarland': 'rv', 'Deutsche Rentenversicherung Mitteldeutschland': 'rv',
 'DRV Mitteldeutschland, Beratungsstelle Nordhausen': 'rv', 'Rentenversicherung Saarland, Außenstelle Neunkirchen': 'rv',
 'Knappschaft Regionaldirektion Saarbrücken': 'rv', 'Sozialversicherung für Landwirtschaft, Forsten und Gartenbau': 'rv',
 'BG Verkehr': 'uv', 'BG Bau': 'uv', 'Bergbau-Berufsgenossenschaft': 'uv', 'BG Holz und Metall': 'uv',
 'BG Nahrungsmittel und Gastgewerbe': 'uv', 'Unfallkasse Saarland': 'uv', 'Unfallkasse Thüringen': 'uv',
 'IKK Südwest': 'kk', 'AOK PLUS': 'kk', 'Viactiv Krankenkasse': 'kk', 'Novitas BKK': 'kk', 'mhplus Krankenkasse': 'kk',
 'BIG direkt gesund': 'kk', 'Knappschaft Krankenversicherung': 'kk',
 'Handwerkskammer des Saarlandes': 'kammer', 'IHK Ostthüringen zu Gera': 'kammer', 'IHK Saarland': 'kammer',
 'Handwerkskammer Halle (Saale)': 'kammer', 'Pfalz IHK Ludwigshafen': 'kammer', 'IHK Mittleres Ruhrgebiet': 'kammer',
 'Caritasverband Saar-Hochwald': 'sozial', 'Diakonisches Werk Pfalz': 'sozial', 'Arbeiterwohlfahrt Unterbezirk Ruhr-Mitte': 'sozial',
 'Verbraucherzentrale des Saarlandes': 'sozial', 'Paritätischer Wohlfahrtsverband Sachsen-Anhalt': 'sozial',
 'Volkssolidarität Saale-Kyffhäuser': 'sozial', 'Sozialverband VdK Saarland': 'sozial',
 'Evangelische Kirchengemeinde Wanne': 'gem', 'Syrisch-Orthodoxe Gemeinde Mor Gabriel': 'gem',
 'Tibet Initiative Deutschland': 'gem', 'Ökumenisches Kirchenasyl-Netzwerk': 'gem', 'Südsudanesische Gemeinde Rhein-Ruhr': 'gem',
 'Landessportbund Sachsen-Anhalt': 'gem', 'Verein Tibeter in Deutschland': 'gem', 'Association des Togolais de la Sarre': 'gem',
 'Burkinabè-Verein Ruhr': 'gem', 'Ossetischer Kulturverein Alania': 'gem', 'Capoeira Angola Saar e.V.': 'gem',
 'Künstlersozialkasse': 'amt', 'Landesamt für Soziales Saarbrücken': 'amt', 'Landesverwaltungsamt Halle': 'amt',
 'Kassenärztliche Vereinigung Thüringen': 'amt', 'Telc-Prüfungszentrum der VHS': 'amt', 'Blutspendedienst West': 'amt',
 'Studierendenwerk Thüringen': 'amt', 'Integrationsamt Saarbrücken': 'amt', 'Landesamt für Soziales und Versorgung Cottbus': 'amt',
}
FOREIGN = {
 'as12': ['Midyat, Mardin (Türkei)', 'Qamishli, Al-Hasaka (Syrien)', 'Ankawa, Erbil (Irak)', 'Alqosh, Ninive (Irak)'],
 'ss12': ['Bor, Jonglei (Südsudan)', 'Rumbek, Lakes State, South Sudan', 'Kakuma Camp, Turkana (Kenia)', 'Juba, Munuki Block C'],
 'tb12': ['Tibetan Children\'s Village, Dharamsala (Indien)', 'Bylakuppe, Karnataka, India', 'Boudha, Kathmandu (Nepal)'],
 'bk12': ['Secteur 15, Ouagadougou (Burkina Faso)', 'BP 332, Koudougou, Burkina Faso', 'Quartier Dogona, Bobo-Dioulasso'],
 'os12': ['ul. Kosta Khetagurova 21, Wladikawkas', 'Naltschik, Kabardino-Balkarien', 'Beslan, ul. Lenina 66'],
 'tg12': ['Quartier Bè-Kpota, Lomé (Togo)', 'Rue 12.45, Cotonou, Bénin', 'BP 1204, Kpalimé, Togo'],
 'br12': ['Rua das Flores 220, Recife - PE, Brasilien', 'Av. Sete de Setembro 1500, Salvador (BA)', 'Caixa Postal 77, Goiânia'],
 'de12': ['Via Roma 14, 39012 Meran (Südtirol)', '12 rue des Mineurs, 57800 Freyming-Merlebach', 'Postfach 1122, 9490 Vaduz'],
}
CONSULATES = {
 'as12': 'Generalkonsulat der Republik Irak in Frankfurt', 'ss12': 'Botschaft der Republik Südsudan in Berlin',
 'tb12': 'Botschaft von Indien in Berlin', 'bk12': 'Botschaft von Burkina Faso in Berlin',
 'os12': 'Generalkonsulat der Russischen Föderation in Bonn', 'tg12': 'Botschaft der Republik Togo in Berlin',
 'br12': 'Generalkonsulat von Brasilien in Frankfurt', 'de12': 'Generalkonsulat Italien in Saarbrücken',
}
PHONE_CC = {'as12': '+964', 'ss12': '+211', 'tb12': '+91', 'bk12': '+226', 'os12': '+7', 'tg12': '+228', 'br12': '+55',
            'de12': '+39'}
MAIL_PROVIDERS = ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de', 'yahoo.de', 'posteo.de', 'freenet.de',
                  'mail.de', 'icloud.com', 'online.de', 'arcor.de']
