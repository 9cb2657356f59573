"""Sweep of the positive forms of an author bio, by invented pages.

Usage: author_bio_sweep.py PROVSCORE_BINARY [--only FORM] [--lang CODE] [--metadata with|without|both]
                           [--show] [--keep DIR] [--foreign-rules RULES_DIR]

Writes one invented page per (form, language, metadata) -- a headline, a byline line
under it, seven paragraphs, a tags row, a share row and a sidebar -- scores them all
with the binary in one run and prints, per form, the languages where the page gave
no bio although it should (MISS), a bio although it should not (FALSE), or a bio of
another kind (KIND). Every class is a meaningless token unless the form says
"class words". With `--metadata with` each page carries a JSON-LD NewsArticle naming
its author; `without` leaves the byline line alone to name them; `both` (default)
writes each page both ways.

The forms cross (issue 10, item 2):
- box shapes: avatar + name heading + paragraph; a name link that opens the sentence;
  a name link over a sentence; "About the author" over a paragraph; a definition list;
  a card in <aside>/<section>/<footer>/<div> with meaningless classes and with the
  usual class words; the last italic paragraph of the body; a bio line under the
  byline; a bio behind a visible control (<details>, a button with aria-controls and
  a hidden panel, a tab) -- and, as negatives, the same text display:none or hidden
  with no control, aria-hidden, in a <template>, a <script type="text/template"> or
  <noscript>, or only in JSON-LD; ten kinds of text by the author's name that are no bio
  (NEG_TEXTS: a newsletter sign-up, a copyright, "follow us", a comments notice, a photo
  credit, an editor's note, a correction, "More from", a contact form, a cookie notice)
  in a classed box and in an avatar card, and the byline with a job title; another person's card
  or name-led line, the outlet's blurb under a person's byline, filler about someone else;
- content: role, beat and base; books; an award; a contact line; social handles; a
  contributor; a content-farm writer; a house account's blurb about the outlet;
- positions: under the byline, after the body, after the tags and share bar, in the
  sidebar next to the body;
- the name: in full, the given name only, a title and the surname ("Dr. Doe"), a
  one-word pen name that is also the byline;
in 15 languages (en de fr es it pt nl pl ru tr ar zh ja ko id);
- session 13's layouts (forms named "s13 ...", tallied apart): a card with no class or id
  (plain <div>s, the name a link to the author's page, a picture, the text) after the
  body, under the byline, after the tags and in the sidebar; a newsroom career after the
  name ("has covered ...", "has worked in ..."); the surname or the given name alone;
  two bylined authors with a blurb each; a <footer>/<aside> inside <article>; a "More
  about the author" button and <details> in an unclassed card; the last paragraph in
  <i>, after a dash, after an <hr>; the name linked to a social account or an email
  address; content-farm filler in eight more languages (sv da cs ro hu uk el fi);
  negatives in the same positions: a quote of someone else, an obituary's subject, an
  interview's guest under the byline, a rail of writers' cards (with and without the
  author's), a newsletter sign-up, filler or a line about someone else closing a
  five-paragraph article. Every sentence is
invented; nothing is read from the corpus. `--foreign-rules rules/` scores each
language's pages with that language's author bio rules disabled (an overlay): what
the other languages' wordings read there. Standard library only. Exit 1 when a form
fails in some language (a table, not a gate; rules/AUTHOR-BOX-CONVENTIONS.md names the
known gaps).
"""
import json
import os
import sys

from sweep_pages import score_pages, sweep_parser, work_folder

SITE = "https://www.harbour.example"
OUTLET = "Harbour Times"

# Per language: the byline ({N} the name), the author's full name, the given name
# (as the language refers to a colleague), a title and the surname, a one-word pen
# name, an "About the author" heading, the headline, a paragraph, and the bio
# sentences ({N} the subject): staff (role, beat, base), books, award, contact,
# social, contributor, generic (content farm) and house (the outlet about itself).
LANGS = [
    dict(code="en", other="Ola Nordmann", by="By {N}", full="Jane Doe", given="Jane", title="Dr. Doe", pen="Skipper",
         about="About the author", h1="Council debates the future of the port",
         para="The council discussed the new budget and the future of the port at length on Tuesday evening.",
         staff="{N} is a reporter at the Harbour Times based in Bayport, where she covers shipping and the port.",
         books="{N} is a reporter on the harbour desk and the author of two books about the coast, Salt and Iron "
               "and Low Tide.",
         award="{N} is a reporter on the harbour desk whose series on the ferries won the Coastal Press Award in "
               "2021.",
         contact="{N} covers shipping and the port for the Harbour Times. Email: jane.doe@harbour.example, "
                 "phone +44 20 7946 0000.",
         social="{N} covers shipping and the port for the Harbour Times. Follow her on X @janedoe and on "
                "Instagram @jane.doe.port.",
         contributor="{N} is a freelance journalist who writes regularly about the port and the islands for this "
                     "paper.",
         generic="{N} is a passionate writer who loves travelling, good food and sharing simple tips with her "
                 "readers.",
         house="{N} is an independent news site that has covered the coast and its harbours since 2009."),
    dict(code="de", other="Jonas Keller", by="Von {N}", full="Anna Schmidt", given="Anna", title="Dr. Schmidt", pen="Seebär",
         about="Über die Autorin", h1="Stadtrat streitet über die Zukunft des Hafens",
         para="Der Stadtrat hat am Dienstagabend lange über den neuen Haushalt und die Zukunft des Hafens beraten.",
         staff="{N} ist Reporterin der Harbour Times in Kiel und berichtet über Häfen und Schifffahrt.",
         books="{N} ist Redakteurin im Ressort Küste und Autorin zweier Bücher über den Hafen, „Salz und Eisen“ "
               "und „Ebbe“.",
         award="{N} ist Reporterin im Ressort Küste; ihre Serie über die Fähren wurde 2021 mit dem "
               "Küstenpressepreis ausgezeichnet.",
         contact="{N} berichtet als Reporterin über Häfen und Schifffahrt. E-Mail: anna.schmidt@hafen.example, "
                 "Telefon 0431 123456.",
         social="{N} berichtet als Reporterin über Häfen und Schifffahrt. Folgen Sie ihr auf X: @annaschmidt",
         contributor="{N} ist freie Journalistin und schreibt regelmäßig für diese Zeitung über den Hafen und "
                     "die Inseln.",
         generic="{N} ist eine leidenschaftliche Autorin, die es liebt, zu reisen, gut zu essen und ihre Tipps "
                 "mit den Lesern zu teilen.",
         house="{N} ist ein unabhängiges Nachrichtenportal, das seit 2009 über die Küste und ihre Häfen "
               "berichtet."),
    dict(code="fr", other="Luc Bernard", by="Par {N}", full="Claire Martin", given="Claire", title="Dr Martin", pen="Matelot",
         about="À propos de l'autrice", h1="Le conseil municipal débat de l'avenir du port",
         para="Le conseil municipal a longuement débattu mardi soir du nouveau budget et de l'avenir du port.",
         staff="{N} est journaliste au Harbour Times à Marseille et couvre le port et les transports maritimes.",
         books="{N} est journaliste au service Littoral et l'autrice de deux livres sur le port, « Sel et fer » "
               "et « Marée basse ».",
         award="{N} est journaliste au service Littoral ; sa série sur les ferries a reçu le prix de la presse "
               "côtière en 2021.",
         contact="{N} est journaliste et couvre le port et les transports maritimes. Courriel : "
                 "claire.martin@port.example, tél. 04 91 00 00 00.",
         social="{N} est journaliste et couvre le port et les transports maritimes. Suivez-la sur X : "
                "@clairemartin",
         contributor="{N} est journaliste indépendante et écrit régulièrement pour ce journal sur le port et "
                     "les îles.",
         generic="{N} est une rédactrice passionnée qui adore voyager, bien manger et partager ses astuces avec "
                 "ses lecteurs.",
         house="{N} est un site d'information indépendant qui couvre le littoral et ses ports depuis 2009."),
    dict(code="es", other="Pablo Ortega", by="Por {N}", full="Marta Ruiz", given="Marta", title="La doctora Ruiz", pen="Grumete",
         about="Sobre la autora", h1="El concejo debate el futuro del puerto",
         para="El concejo municipal debatió el martes por la noche el nuevo presupuesto y el futuro del puerto.",
         staff="{N} es periodista del Harbour Times en Valencia y cubre el puerto y el transporte marítimo.",
         books="{N} es periodista de la sección de Costa y autora de dos libros sobre el puerto, «Sal y hierro» "
               "y «Marea baja».",
         award="{N} es periodista de la sección de Costa; su serie sobre los ferris ganó el Premio de Prensa "
               "Costera en 2021.",
         contact="{N} es periodista y cubre el puerto y el transporte marítimo. Correo: "
                 "marta.ruiz@puerto.example, tel. 963 000 000.",
         social="{N} es periodista y cubre el puerto y el transporte marítimo. Síguela en X: @martaruiz",
         contributor="{N} es periodista independiente y colabora habitualmente con este diario sobre el puerto "
                     "y las islas.",
         generic="{N} es una redactora apasionada a la que le encanta viajar, comer bien y compartir consejos "
                 "con sus lectores.",
         house="{N} es un medio digital independiente que cubre la costa y sus puertos desde 2009."),
    dict(code="it", other="Marco Bassi", by="Di {N}", full="Giulia Neri", given="Giulia", title="La professoressa Neri",
         pen="Gabbiano", about="Sull'autrice", h1="Il consiglio discute del futuro del porto",
         para="Il consiglio comunale ha discusso a lungo martedì sera del nuovo bilancio e del futuro del porto.",
         staff="{N} è giornalista dell'Harbour Times a Genova e si occupa del porto e dei trasporti marittimi.",
         books="{N} è giornalista della redazione Costa e autrice di due libri sul porto, «Sale e ferro» e "
               "«Bassa marea».",
         award="{N} è giornalista della redazione Costa; la sua inchiesta sui traghetti ha vinto il Premio "
               "Stampa Costiera nel 2021.",
         contact="{N} è giornalista e si occupa del porto e dei trasporti marittimi. Email: "
                 "giulia.neri@porto.example, tel. 010 000000.",
         social="{N} è giornalista e si occupa del porto e dei trasporti marittimi. Seguila su X: @giulianeri",
         contributor="{N} è giornalista freelance e scrive regolarmente per questo giornale del porto e delle "
                     "isole.",
         generic="{N} è una scrittrice appassionata che ama viaggiare, mangiare bene e condividere consigli con "
                 "i suoi lettori.",
         house="{N} è un giornale online indipendente che racconta la costa e i suoi porti dal 2009."),
    dict(code="pt", other="João Lima", by="Por {N}", full="Ana Souza", given="Ana", title="A Dra. Souza", pen="Marujo",
         about="Sobre a autora", h1="Câmara discute o futuro do porto",
         para="A câmara municipal discutiu longamente na terça-feira o novo orçamento e o futuro do porto.",
         staff="{N} é repórter do Harbour Times em Lisboa e escreve sobre o porto e os transportes marítimos.",
         books="{N} é repórter da secção Costa e autora de dois livros sobre o porto, «Sal e Ferro» e «Maré "
               "Baixa».",
         award="{N} é repórter da secção Costa; a sua série sobre os ferries venceu o Prémio de Imprensa "
               "Costeira em 2021.",
         contact="{N} é repórter e escreve sobre o porto e os transportes marítimos. E-mail: "
                 "ana.souza@porto.example, tel. 21 000 0000.",
         social="{N} é repórter e escreve sobre o porto e os transportes marítimos. Siga-a no X: @anasouza",
         contributor="{N} é jornalista freelancer e escreve regularmente para este jornal sobre o porto e as "
                     "ilhas.",
         generic="{N} é uma escritora apaixonada que adora viajar, comer bem e partilhar dicas com os seus "
                 "leitores.",
         house="{N} é um jornal digital independente que cobre a costa e os seus portos desde 2009."),
    dict(code="nl", other="Jan Bakker", by="Door {N}", full="Pieter de Vries", given="Pieter", title="Dr. De Vries", pen="Zeebonk",
         about="Over de auteur", h1="Gemeenteraad debatteert over de toekomst van de haven",
         para="De gemeenteraad heeft dinsdagavond lang gesproken over de nieuwe begroting en de toekomst van de "
              "haven.",
         staff="{N} is verslaggever van de Harbour Times in Rotterdam en schrijft over de haven en de scheepvaart.",
         books="{N} is verslaggever op de kustredactie en schreef twee boeken over de haven, ‘Zout en ijzer’ en "
               "‘Laagwater’.",
         award="{N} is verslaggever op de kustredactie; zijn serie over de veerboten won in 2021 de "
               "Kustpersprijs.",
         contact="{N} is verslaggever en schrijft over de haven en de scheepvaart. E-mail: "
                 "pieter.devries@haven.example, tel. 010 000 0000.",
         social="{N} is verslaggever en schrijft over de haven en de scheepvaart. Volg hem op X: @pieterdevries",
         contributor="{N} is freelance journalist en schrijft geregeld voor deze krant over de haven en de "
                     "eilanden.",
         generic="{N} is een gepassioneerde schrijver die graag reist, lekker kookt en tips deelt met zijn "
                 "lezers.",
         house="{N} is een onafhankelijke nieuwssite die sinds 2009 verslag doet van de kust en haar havens."),
    dict(code="pl", other="Piotr Nowak", by="Przez {N}", full="Anna Kowalska", given="Anna", title="Dr Kowalska", pen="Bosman",
         about="O autorce", h1="Rada miasta debatuje o przyszłości portu",
         para="Rada miasta długo dyskutowała we wtorek wieczorem o nowym budżecie i przyszłości portu w mieście.",
         staff="{N} jest reporterką Harbour Times w Gdańsku i pisze o porcie i żegludze.",
         books="{N} jest reporterką działu Wybrzeże i autorką dwóch książek o porcie, „Sól i żelazo” oraz "
               "„Odpływ”.",
         award="{N} jest reporterką działu Wybrzeże; jej cykl o promach zdobył w 2021 roku Nagrodę Prasy "
               "Wybrzeża.",
         contact="{N} jest reporterką i pisze o porcie i żegludze. E-mail: anna.kowalska@port.example, tel. "
                 "58 000 00 00.",
         social="{N} jest reporterką i pisze o porcie i żegludze. Obserwuj ją na X: @annakowalska",
         contributor="{N} jest niezależną dziennikarką i regularnie pisze dla naszej gazety o porcie i wyspach.",
         generic="{N} jest pełną pasji autorką, która uwielbia podróże, dobre jedzenie i dzielenie się poradami "
                 "z czytelnikami.",
         house="{N} to niezależny portal informacyjny, który od 2009 roku pisze o wybrzeżu i jego portach."),
    dict(code="ru", other="Олег Смирнов", by="Автор: {N}", full="Иван Петров", given="Иван", title="Профессор Петров", pen="Боцман",
         about="Об авторе", h1="Городской совет обсуждает будущее порта",
         para="Городской совет во вторник вечером долго обсуждал новый бюджет и будущее порта в нашем городе.",
         staff="{N} — корреспондент Harbour Times в Мурманске, пишет о порте и судоходстве.",
         books="{N} — корреспондент отдела побережья и автор двух книг о порте, «Соль и железо» и «Отлив».",
         award="{N} — корреспондент отдела побережья; его цикл о паромах получил в 2021 году премию «Береговая "
               "пресса».",
         contact="{N} — корреспондент, пишет о порте и судоходстве. Почта: ivan.petrov@port.example, тел. "
                 "+7 815 000-00-00.",
         social="{N} — корреспондент, пишет о порте и судоходстве. Подписывайтесь на его канал в Telegram: "
                "@ivanpetrov",
         contributor="{N} — внештатный журналист, регулярно пишет для нашей газеты о порте и островах.",
         generic="{N} — увлечённый автор, который обожает путешествия, вкусную еду и делится советами с "
                 "читателями.",
         house="{N} — независимое интернет-издание, которое с 2009 года рассказывает о побережье и его портах."),
    dict(code="tr", other="Mehmet Demir", by="Yazar: {N}", full="Ahmet Yılmaz", given="Ahmet", title="Dr. Yılmaz", pen="Lostracı",
         about="Yazar hakkında", h1="Belediye meclisi limanın geleceğini tartıştı",
         para="Belediye meclisi salı akşamı yeni bütçeyi ve limanın geleceğini uzun uzun tartıştı ve karar verdi.",
         staff="{N} gazetemizin İzmir muhabiri olarak liman ve denizcilik haberlerini takip ediyor.",
         books="{N} gazetemizin kıyı servisinde muhabir olarak çalışıyor ve liman üzerine iki kitabın yazarı.",
         award="{N} gazetemizin kıyı servisinde muhabir olarak çalışıyor; feribotlar üzerine dizisi 2021'de Kıyı "
               "Basın Ödülü'nü kazandı.",
         contact="{N} gazetemizin İzmir muhabiri olarak liman haberlerini takip ediyor. E-posta: "
                 "ahmet.yilmaz@liman.example",
         social="{N} gazetemizin İzmir muhabiri olarak liman haberlerini takip ediyor. X'te takip edin: "
                "@ahmetyilmaz",
         contributor="{N} serbest gazeteci olarak gazetemize düzenli olarak liman ve adalar hakkında yazıyor.",
         generic="{N} seyahat etmeyi, iyi yemeği ve okurlarıyla ipuçları paylaşmayı seven tutkulu bir yazardır.",
         house="{N}, 2009'dan beri kıyıyı ve limanlarını haberleştiren bağımsız bir haber sitesidir."),
    dict(code="ar", other="خالد سعيد", by="بقلم {N}", full="أحمد حسن", given="أحمد", title="الدكتور حسن", pen="البحّار",
         about="عن الكاتب", h1="المجلس البلدي يناقش مستقبل الميناء",
         para="ناقش المجلس البلدي مساء الثلاثاء لفترة طويلة الميزانية الجديدة ومستقبل الميناء في المدينة.",
         staff="{N} صحفي في هاربر تايمز بالإسكندرية يكتب عن الميناء والنقل البحري.",
         books="{N} صحفي في قسم الساحل ومؤلف كتابين عن الميناء هما «ملح وحديد» و«الجزر».",
         award="{N} صحفي في قسم الساحل، فازت سلسلته عن العبارات بجائزة الصحافة الساحلية عام 2021.",
         contact="{N} صحفي يكتب عن الميناء والنقل البحري. البريد الإلكتروني: ahmed.hassan@port.example",
         social="{N} صحفي يكتب عن الميناء والنقل البحري. تابعوه على إكس: @ahmedhassan",
         contributor="{N} صحفي مستقل يكتب بانتظام لهذه الصحيفة عن الميناء والجزر.",
         generic="{N} كاتب شغوف يحب السفر والطعام الجيد ومشاركة النصائح مع قرائه.",
         house="{N} موقع إخباري مستقل يغطي الساحل وموانئه منذ عام 2009."),
    dict(code="zh", other="李华", by="本报记者 {N}", full="王小明", given="小明", title="王博士", pen="海风",
         about="作者简介", h1="市议会讨论港口的未来",
         para="市议会周二晚间就新的预算方案和港口的未来进行了长时间的讨论，各方意见不一。",
         staff="{N}是本报驻上海记者，长期报道港口与航运。",
         books="{N}是本报沿海部记者，著有《盐与铁》《退潮》两本关于港口的书。",
         award="{N}是本报沿海部记者，其关于渡轮的系列报道获得2021年沿海新闻奖。",
         contact="{N}是本报驻上海记者，长期报道港口与航运。邮箱：wang.xiaoming@port.example",
         social="{N}是本报驻上海记者，长期报道港口与航运。微博：@王小明记者",
         contributor="{N}是自由撰稿人，定期为本报撰写有关港口和海岛的文章。",
         generic="{N}是一位热爱旅行和美食、乐于与读者分享生活小窍门的作者。",
         house="{N}是一家独立新闻网站，自2009年起报道沿海地区及其港口。"),
    dict(code="ja", other="佐藤花子", by="{N} 記者", full="山田太郎", given="山田", title="山田教授", pen="潮風",
         about="著者について", h1="市議会、港の将来を議論",
         para="市議会は火曜日の夜、新しい予算案と港の将来について長時間にわたり議論を続けた。",
         staff="{N}は横浜支局の記者で、港湾と海運を担当している。",
         books="{N}は沿岸報道部の記者。港をめぐる著書に『塩と鉄』『引き潮』がある。",
         award="{N}は沿岸報道部の記者。フェリーをめぐる連載で2021年に沿岸報道賞を受賞した。",
         contact="{N}は横浜支局の記者で、港湾と海運を担当している。メール：yamada.taro@port.example",
         social="{N}は横浜支局の記者で、港湾と海運を担当している。X：@yamadataro",
         contributor="{N}はフリーランスのライターで、本紙に港と島々についての記事を寄稿している。",
         generic="{N}は旅行とグルメが大好きな情熱的なライターで、読者に役立つ情報を発信している。",
         house="{N}は2009年から沿岸地域と港を取材する独立系ニュースサイトです。"),
    dict(code="ko", other="이영희", by="{N} 기자", full="김민수", given="민수", title="김 박사", pen="바다새",
         about="기자 소개", h1="시의회, 항구의 미래 논의",
         para="시의회는 화요일 저녁 새 예산안과 항구의 미래를 놓고 오랜 시간 논의를 이어갔다.",
         staff="{N}는 본지 부산 주재 기자로 항만과 해운을 취재하고 있습니다.",
         books="{N}는 본지 해안부 기자로 항구에 관한 책 『소금과 쇠』, 『썰물』을 썼습니다.",
         award="{N}는 본지 해안부 기자로 여객선 연재 기사로 2021년 해안언론상을 받았습니다.",
         contact="{N}는 본지 부산 주재 기자로 항만과 해운을 취재하고 있습니다. 이메일: kim.minsu@port.example",
         social="{N}는 본지 부산 주재 기자로 항만과 해운을 취재하고 있습니다. 인스타그램: @kimminsu",
         contributor="{N}는 프리랜서 기자로 본지에 항구와 섬에 관한 글을 정기적으로 기고하고 있습니다.",
         generic="{N}는 여행과 맛집을 사랑하는 열정적인 작가로 독자들과 생활 꿀팁을 나누고 있습니다.",
         house="{N}는 2009년부터 해안과 항구 소식을 전해 온 독립 뉴스 사이트입니다."),
    dict(code="id", other="Agus Wijaya", by="Oleh: {N}", full="Budi Santoso", given="Budi", title="Dr. Santoso", pen="Nakhoda",
         about="Tentang penulis", h1="Dewan kota membahas masa depan pelabuhan",
         para="Dewan kota membahas anggaran baru dan masa depan pelabuhan dalam rapat panjang pada Selasa malam.",
         staff="{N} adalah wartawan Harbour Times di Surabaya yang meliput pelabuhan dan pelayaran.",
         books="{N} adalah wartawan desk pesisir dan penulis dua buku tentang pelabuhan, Garam dan Besi serta "
               "Air Surut.",
         award="{N} adalah wartawan desk pesisir; liputannya tentang kapal feri meraih Penghargaan Pers Pesisir "
               "2021.",
         contact="{N} adalah wartawan yang meliput pelabuhan dan pelayaran. Surel: budi.santoso@pelabuhan.example",
         social="{N} adalah wartawan yang meliput pelabuhan dan pelayaran. Ikuti dia di X: @budisantoso",
         contributor="{N} adalah jurnalis lepas yang rutin menulis untuk koran ini tentang pelabuhan dan "
                     "pulau-pulau.",
         generic="{N} adalah penulis yang penuh semangat dan suka berbagi tips perjalanan dan kuliner dengan para "
                 "pembacanya.",
         house="{N} adalah situs berita independen yang meliput pesisir dan pelabuhannya sejak 2009."),
]
# Per language: texts that stand near an author's name without being a bio (issue 10,
# item 1), {N} the author's full name. "byline" is the byline line itself with a job
# title (ruling 6: no bio); the others are printed under the author's name in a box
# (see forms()). Each language's set is read by every language's rules, so a wording
# that collides across languages shows as a FALSE in the language it was printed in.
NEG_KINDS = ("newsletter", "copyright", "follow", "comments", "photo", "editor_note", "correction", "related",
             "contact_form", "cookie")
NEG_TEXTS = {
    "en": dict(
        byline="By {N}, Senior Reporter",
        newsletter="Sign up for our morning newsletter and get the day's top stories from the harbour in your inbox.",
        copyright="© 2026 Harbour Times. All rights reserved. No part of this article may be reproduced without "
                  "permission.",
        follow="Follow us on X, Facebook and Instagram for the latest news from the coast.",
        comments="Comments are closed for this article. Read our community guidelines before you post.",
        photo="Photo: {N} / Harbour Times",
        editor_note="Editor's note: This article was updated on 13 May to include the council's response.",
        correction="Correction: An earlier version of this article gave the wrong date for the council meeting.",
        related="More from {N}: Ferry timetable changes again · New cranes arrive at the port · The last fisherman "
                "of Bayport",
        contact_form="Have a tip? Write to the newsroom using the form below: name, email address and your message.",
        cookie="We use cookies to improve your experience on our site. By continuing to browse, you accept our "
               "cookie policy."),
    "de": dict(
        byline="Von {N}, Redakteurin",
        newsletter="Melden Sie sich für unseren Morgen-Newsletter an und erhalten Sie die wichtigsten Nachrichten "
                   "aus dem Hafen.",
        copyright="© 2026 Harbour Times. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
        follow="Folgen Sie uns auf X, Facebook und Instagram für die neuesten Nachrichten von der Küste.",
        comments="Die Kommentarfunktion für diesen Artikel ist geschlossen. Bitte beachten Sie unsere Netiquette.",
        photo="Foto: {N} / Harbour Times",
        editor_note="Anmerkung der Redaktion: Dieser Artikel wurde am 13. Mai um die Antwort des Stadtrats ergänzt.",
        correction="Korrektur: In einer früheren Version dieses Artikels stand ein falsches Datum für die "
                   "Ratssitzung.",
        related="Mehr von {N}: Neuer Fahrplan für die Fähren · Neue Kräne im Hafen · Der letzte Fischer von Kiel",
        contact_form="Haben Sie einen Hinweis? Schreiben Sie der Redaktion über das Formular: Name, E-Mail-Adresse "
                     "und Ihre Nachricht.",
        cookie="Wir verwenden Cookies, um Ihr Erlebnis auf unserer Website zu verbessern. Mit der weiteren Nutzung "
               "stimmen Sie unserer Cookie-Richtlinie zu."),
    "fr": dict(
        byline="Par {N}, journaliste",
        newsletter="Inscrivez-vous à notre lettre d'information du matin et recevez l'essentiel de l'actualité du "
                   "port.",
        copyright="© 2026 Harbour Times. Tous droits réservés. Toute reproduction est interdite sans autorisation.",
        follow="Suivez-nous sur X, Facebook et Instagram pour ne rien manquer de l'actualité du littoral.",
        comments="Les commentaires sont fermés pour cet article. Consultez notre charte avant de publier.",
        photo="Photo : {N} / Harbour Times",
        editor_note="Note de la rédaction : cet article a été mis à jour le 13 mai avec la réponse du conseil "
                    "municipal.",
        correction="Rectificatif : une version précédente de cet article donnait une date erronée pour la séance du "
                   "conseil.",
        related="Du même auteur, {N} : Les horaires des ferries changent encore · De nouvelles grues au port · Le "
                "dernier pêcheur de Marseille",
        contact_form="Une information à nous signaler ? Écrivez à la rédaction grâce au formulaire ci-dessous : nom, "
                     "adresse e-mail et message.",
        cookie="Nous utilisons des cookies pour améliorer votre expérience sur notre site. En poursuivant votre "
               "navigation, vous acceptez notre politique de cookies."),
    "es": dict(
        byline="Por {N}, redactora",
        newsletter="Suscríbase a nuestro boletín matinal y reciba las noticias más importantes del puerto en su "
                   "correo.",
        copyright="© 2026 Harbour Times. Todos los derechos reservados. Prohibida su reproducción sin autorización.",
        follow="Síganos en X, Facebook e Instagram para no perderse las últimas noticias de la costa.",
        comments="Los comentarios de este artículo están cerrados. Lea nuestras normas de participación antes de "
                 "publicar.",
        photo="Foto: {N} / Harbour Times",
        editor_note="Nota de la redacción: este artículo se actualizó el 13 de mayo con la respuesta del concejo.",
        correction="Corrección: una versión anterior de este artículo daba una fecha equivocada para el pleno del "
                   "concejo.",
        related="Más de {N}: Cambian otra vez los horarios del ferri · Llegan nuevas grúas al puerto · El último "
                "pescador de Valencia",
        contact_form="¿Tiene una pista? Escriba a la redacción con el formulario de abajo: nombre, correo "
                     "electrónico y su mensaje.",
        cookie="Utilizamos cookies para mejorar su experiencia en nuestro sitio. Si continúa navegando, acepta "
               "nuestra política de cookies."),
    "it": dict(
        byline="Di {N}, giornalista",
        newsletter="Iscriviti alla nostra newsletter del mattino e ricevi le notizie più importanti dal porto.",
        copyright="© 2026 Harbour Times. Tutti i diritti riservati. Vietata la riproduzione senza autorizzazione.",
        follow="Seguici su X, Facebook e Instagram per restare aggiornato sulle notizie della costa.",
        comments="I commenti a questo articolo sono chiusi. Leggi le nostre regole prima di scrivere.",
        photo="Foto: {N} / Harbour Times",
        editor_note="Nota della redazione: questo articolo è stato aggiornato il 13 maggio con la risposta del "
                    "consiglio.",
        correction="Rettifica: una versione precedente di questo articolo riportava una data sbagliata per la "
                   "seduta del consiglio.",
        related="Altri articoli di {N}: Cambiano ancora gli orari dei traghetti · Nuove gru al porto · L'ultimo "
                "pescatore di Genova",
        contact_form="Hai una segnalazione? Scrivi alla redazione con il modulo qui sotto: nome, indirizzo email e "
                     "messaggio.",
        cookie="Utilizziamo i cookie per migliorare la tua esperienza sul nostro sito. Continuando la navigazione "
               "accetti la nostra cookie policy."),
    "pt": dict(
        byline="Por {N}, repórter",
        newsletter="Subscreva a nossa newsletter da manhã e receba as principais notícias do porto no seu e-mail.",
        copyright="© 2026 Harbour Times. Todos os direitos reservados. Proibida a reprodução sem autorização.",
        follow="Siga-nos no X, no Facebook e no Instagram para acompanhar as últimas notícias da costa.",
        comments="Os comentários deste artigo estão fechados. Leia as nossas regras antes de publicar.",
        photo="Foto: {N} / Harbour Times",
        editor_note="Nota da redação: este artigo foi atualizado a 13 de maio com a resposta da câmara.",
        correction="Correção: uma versão anterior deste artigo indicava uma data errada para a reunião da câmara.",
        related="Mais de {N}: Mudam outra vez os horários dos ferries · Novas gruas chegam ao porto · O último "
                "pescador de Lisboa",
        contact_form="Tem uma sugestão? Escreva à redação através do formulário abaixo: nome, endereço de e-mail e "
                     "mensagem.",
        cookie="Utilizamos cookies para melhorar a sua experiência no nosso site. Ao continuar a navegar, aceita a "
               "nossa política de cookies."),
    "nl": dict(
        byline="Door {N}, verslaggever",
        newsletter="Schrijf je in voor onze ochtendnieuwsbrief en ontvang het belangrijkste havennieuws in je "
                   "mailbox.",
        copyright="© 2026 Harbour Times. Alle rechten voorbehouden. Niets uit dit artikel mag zonder toestemming "
                  "worden overgenomen.",
        follow="Volg ons op X, Facebook en Instagram voor het laatste nieuws van de kust.",
        comments="Reageren op dit artikel is niet meer mogelijk. Lees onze huisregels voordat je reageert.",
        photo="Foto: {N} / Harbour Times",
        editor_note="Noot van de redactie: dit artikel is op 13 mei aangevuld met de reactie van de gemeenteraad.",
        correction="Correctie: in een eerdere versie van dit artikel stond een verkeerde datum voor de "
                   "raadsvergadering.",
        related="Meer van {N}: Dienstregeling veerboten opnieuw gewijzigd · Nieuwe kranen in de haven · De laatste "
                "visser van Rotterdam",
        contact_form="Heb je een tip? Schrijf de redactie via het formulier hieronder: naam, e-mailadres en je "
                     "bericht.",
        cookie="Wij gebruiken cookies om je ervaring op onze site te verbeteren. Door verder te surfen ga je akkoord "
               "met ons cookiebeleid."),
    "pl": dict(
        byline="Przez {N}, reporterka",
        newsletter="Zapisz się na nasz poranny newsletter i otrzymuj najważniejsze wiadomości z portu na swoją "
                   "skrzynkę.",
        copyright="© 2026 Harbour Times. Wszelkie prawa zastrzeżone. Kopiowanie bez zgody wydawcy zabronione.",
        follow="Obserwuj nas na X, Facebooku i Instagramie, aby być na bieżąco z wiadomościami z wybrzeża.",
        comments="Komentarze pod tym artykułem są wyłączone. Przeczytaj nasz regulamin, zanim coś napiszesz.",
        photo="Fot. {N} / Harbour Times",
        editor_note="Od redakcji: artykuł zaktualizowano 13 maja o odpowiedź rady miasta.",
        correction="Sprostowanie: we wcześniejszej wersji tego artykułu podaliśmy błędną datę posiedzenia rady.",
        related="Więcej od {N}: Znowu zmiany w rozkładzie promów · Nowe dźwigi w porcie · Ostatni rybak z Gdańska",
        contact_form="Masz informację? Napisz do redakcji przez formularz poniżej: imię, adres e-mail i wiadomość.",
        cookie="Używamy plików cookie, aby poprawić działanie serwisu. Korzystając dalej ze strony, akceptujesz "
               "naszą politykę cookies."),
    "ru": dict(
        byline="Автор: {N}, корреспондент",
        newsletter="Подпишитесь на нашу утреннюю рассылку и получайте главные новости порта на почту.",
        copyright="© 2026 Harbour Times. Все права защищены. Перепечатка без разрешения редакции запрещена.",
        follow="Подписывайтесь на нас в Telegram и ВКонтакте, чтобы следить за новостями побережья.",
        comments="Комментарии к этой статье закрыты. Прочитайте правила сообщества, прежде чем писать.",
        photo="Фото: {N} / Harbour Times",
        editor_note="От редакции: статья обновлена 13 мая, добавлен ответ городского совета.",
        correction="Исправление: в предыдущей версии статьи была указана неверная дата заседания совета.",
        related="Другие материалы автора {N}: Расписание паромов снова меняется · В порт прибыли новые краны · "
                "Последний рыбак Новороссийска",
        contact_form="Есть новость? Напишите в редакцию через форму ниже: имя, адрес электронной почты и сообщение.",
        cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы "
               "соглашаетесь с политикой cookie."),
    "tr": dict(
        byline="Yazar: {N}, muhabir",
        newsletter="Sabah bültenimize abone olun, limandan en önemli haberler e-posta kutunuza gelsin.",
        copyright="© 2026 Harbour Times. Tüm hakları saklıdır. İzinsiz çoğaltılamaz.",
        follow="Kıyıdan son haberler için bizi X, Facebook ve Instagram'da takip edin.",
        comments="Bu haber yorumlara kapalıdır. Yorum yazmadan önce topluluk kurallarımızı okuyun.",
        photo="Fotoğraf: {N} / Harbour Times",
        editor_note="Editörün notu: Bu haber 13 Mayıs'ta meclisin yanıtıyla güncellendi.",
        correction="Düzeltme: Bu haberin önceki bir sürümünde meclis toplantısının tarihi yanlış verilmişti.",
        related="{N} imzalı diğer haberler: Feribot tarifesi yine değişti · Limana yeni vinçler geldi · İzmir'in son "
                "balıkçısı",
        contact_form="Bir ihbarınız mı var? Aşağıdaki formla haber merkezine yazın: adınız, e-posta adresiniz ve "
                     "mesajınız.",
        cookie="Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz. Gezinmeye devam ederek çerez "
               "politikamızı kabul etmiş olursunuz."),
    "ar": dict(
        byline="بقلم {N}، مراسل",
        newsletter="اشترك في نشرتنا الصباحية لتصلك أهم أخبار الميناء على بريدك الإلكتروني.",
        copyright="© 2026 Harbour Times. جميع الحقوق محفوظة. يمنع النسخ دون إذن.",
        follow="تابعونا على إكس وفيسبوك وإنستغرام لمعرفة آخر أخبار الساحل.",
        comments="التعليقات مغلقة على هذا المقال. يرجى قراءة قواعد المشاركة قبل الكتابة.",
        photo="تصوير: {N} / Harbour Times",
        editor_note="ملاحظة المحرر: حُدّث هذا المقال في 13 مايو بإضافة رد المجلس البلدي.",
        correction="تصحيح: ورد في نسخة سابقة من هذا المقال تاريخ خاطئ لجلسة المجلس.",
        related="المزيد من {N}: تغيير جديد في مواعيد العبّارات · رافعات جديدة في الميناء · آخر صياد في الإسكندرية",
        contact_form="لديك معلومة؟ راسل غرفة الأخبار عبر النموذج أدناه: الاسم والبريد الإلكتروني ورسالتك.",
        cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على سياسة ملفات "
               "تعريف الارتباط."),
    "zh": dict(
        byline="本报首席记者 {N}",
        newsletter="订阅我们的早间新闻简报，每天把港口要闻发送到您的邮箱。",
        copyright="© 2026 Harbour Times 版权所有，未经授权不得转载。",
        follow="关注我们的微信公众号和微博，获取海岸最新消息。",
        comments="本文评论已关闭。发表评论前请阅读社区规则。",
        photo="摄影：{N}／Harbour Times",
        editor_note="编者按：本文于5月13日更新，补充了市议会的回应。",
        correction="更正：本文此前版本中市议会会议日期有误。",
        related="{N}的更多文章：渡轮时刻表再次调整 · 新起重机运抵港口 · 大连最后的渔民",
        contact_form="有新闻线索？请通过下方表格联系编辑部：姓名、电子邮箱和留言。",
        cookie="我们使用Cookie来改善您在本网站的体验。继续浏览即表示您同意我们的Cookie政策。"),
    "ja": dict(
        byline="{N} 編集委員",
        newsletter="朝のニュースレターに登録すると、港の主要ニュースを毎朝メールでお届けします。",
        copyright="© 2026 Harbour Times 無断転載を禁じます。",
        follow="海岸の最新ニュースはXとInstagramの公式アカウントをフォローしてください。",
        comments="この記事へのコメントは受け付けを終了しました。投稿の前にコミュニティ規約をお読みください。",
        photo="写真：{N}／Harbour Times",
        editor_note="編集部注：この記事は5月13日に市議会の回答を加えて更新しました。",
        correction="訂正：この記事の以前の版で、市議会の開催日に誤りがありました。",
        related="{N}の記事一覧：フェリーの時刻表がまた変更 · 港に新しいクレーン · 最後の漁師",
        contact_form="情報をお寄せください。下のフォームに氏名、メールアドレス、メッセージを入力して編集部へ送信できます。",
        cookie="当サイトでは利便性向上のためCookieを使用しています。閲覧を続けるとCookieポリシーに同意したものとみなされます。"),
    "ko": dict(
        byline="{N} 선임기자",
        newsletter="아침 뉴스레터를 구독하시면 항구의 주요 소식을 매일 이메일로 받아보실 수 있습니다.",
        copyright="© 2026 Harbour Times. 무단 전재 및 재배포 금지.",
        follow="해안의 최신 소식은 X와 인스타그램에서 저희를 팔로우하세요.",
        comments="이 기사의 댓글 작성이 종료되었습니다. 댓글을 쓰기 전에 커뮤니티 규칙을 읽어 주세요.",
        photo="사진: {N} / Harbour Times",
        editor_note="편집자 주: 이 기사는 5월 13일 시의회의 답변을 추가해 수정되었습니다.",
        correction="바로잡습니다: 이 기사의 이전 판에서 시의회 회의 날짜가 잘못 표기되었습니다.",
        related="{N}의 다른 기사: 여객선 시간표 또 변경 · 항구에 새 크레인 도착 · 부산의 마지막 어부",
        contact_form="제보할 내용이 있으신가요? 아래 양식으로 편집국에 이름, 이메일 주소, 메시지를 보내 주세요.",
        cookie="저희는 사이트 이용 경험을 개선하기 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 정책에 동의하는 것으로 간주됩니다."),
    "id": dict(
        byline="Oleh: {N}, wartawan",
        newsletter="Daftar ke buletin pagi kami dan dapatkan berita utama dari pelabuhan di kotak masuk Anda.",
        copyright="© 2026 Harbour Times. Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa izin.",
        follow="Ikuti kami di X, Facebook, dan Instagram untuk berita terbaru dari pesisir.",
        comments="Komentar untuk artikel ini sudah ditutup. Baca pedoman komunitas kami sebelum menulis.",
        photo="Foto: {N} / Harbour Times",
        editor_note="Catatan redaksi: Artikel ini diperbarui pada 13 Mei dengan tanggapan dewan kota.",
        correction="Ralat: Versi sebelumnya dari artikel ini menyebutkan tanggal rapat dewan yang salah.",
        related="Artikel lain dari {N}: Jadwal feri berubah lagi · Derek baru tiba di pelabuhan · Nelayan terakhir "
                "Surabaya",
        contact_form="Punya informasi? Tulis ke redaksi melalui formulir di bawah ini: nama, alamat email, dan pesan "
                     "Anda.",
        cookie="Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs kami. Dengan terus menjelajah, "
               "Anda menyetujui kebijakan cookie kami."),
}


# Per language: a title before (in zh, ja, ko after) the author's full name, as a
# bio's sentence opens with it ("Dr. Jane Doe is ...", "La professoressa Giulia Neri è ...").
TITLED = {"en": "Dr. Jane Doe",
          "de": "Dr. Anna Schmidt",
          "fr": "Dr Claire Martin",
          "es": "La doctora Marta Ruiz",
          "it": "La professoressa Giulia Neri",
          "pt": "A Dra. Ana Souza",
          "nl": "Dr. Pieter de Vries",
          "pl": "Dr Anna Kowalska",
          "ru": "Профессор Иван Петров",
          "tr": "Dr. Ahmet Yılmaz",
          "ar": "الدكتور أحمد حسن",
          "zh": "王小明博士",
          "ja": "山田太郎教授",
          "ko": "김민수 박사",
          "id": "Dr. Budi Santoso"}

KINDS = {"staff": "staff", "books": "staff", "award": "staff", "contact": "staff", "social": "staff",
         "contributor": "contributor", "generic": "generic", "house": "generic", "covered": "staff",
         "worked": "staff"}

# Session 13 (issue 10, item 2): the press's further conventions. Per language: a
# newsroom career after the name ("has covered ...", "has worked in ..."), the surname
# alone as a bio speaks of a colleague (None where the language does not), a co-author
# and the word joining two bylined names, a "More about the author" control's label,
# and two more writers for a rail of author cards.
CAREER = {
    "en": ("{N} has covered the port and the ferries for the Harbour Times since 2012.",
           "{N} has worked in local journalism for twenty years, first in Bayport and now on the harbour desk."),
    "de": ("{N} berichtet seit 2012 für die Harbour Times über den Hafen und die Fähren.",
           "{N} arbeitet seit zwanzig Jahren im Lokaljournalismus, zuerst in Kiel und heute im Ressort Küste."),
    "fr": ("{N} couvre le port et les ferries pour le Harbour Times depuis 2012.",
           "{N} travaille depuis vingt ans dans la presse locale, d'abord à Toulon, aujourd'hui au service Littoral."),
    "es": ("{N} cubre el puerto y los ferris para el Harbour Times desde 2012.",
           "{N} trabaja desde hace veinte años en el periodismo local, primero en Alicante y ahora en la sección "
           "de Costa."),
    "it": ("{N} segue il porto e i traghetti per l'Harbour Times dal 2012.",
           "{N} lavora da vent'anni nel giornalismo locale, prima a Savona e ora nella redazione Costa."),
    "pt": ("{N} acompanha o porto e os ferries para o Harbour Times desde 2012.",
           "{N} trabalha há vinte anos no jornalismo local, primeiro em Aveiro e agora na secção Costa."),
    "nl": ("{N} volgt sinds 2012 de haven en de veerboten voor de Harbour Times.",
           "{N} werkt al twintig jaar in de lokale journalistiek, eerst in Vlissingen en nu op de kustredactie."),
    "pl": ("{N} od 2012 roku relacjonuje dla Harbour Times sprawy portu i promów.",
           "{N} od dwudziestu lat pracuje w dziennikarstwie lokalnym, najpierw w Gdyni, a teraz w dziale Wybrzeże."),
    "ru": ("{N} с 2012 года пишет для Harbour Times о порте и паромах.",
           "{N} двадцать лет работает в местной журналистике, сначала в Кандалакше, теперь в отделе побережья."),
    "tr": ("{N} 2012'den bu yana Harbour Times için liman ve feribot haberlerini izliyor.",
           "{N} yirmi yıldır yerel gazetecilik yapıyor; önce Aydın'da, şimdi gazetemizin kıyı servisinde çalışıyor."),
    "ar": ("{N} يغطي أخبار الميناء والعبّارات لصحيفة هاربر تايمز منذ عام 2012.",
           "{N} يعمل في الصحافة المحلية منذ عشرين عامًا، في دمياط أولًا ثم في قسم الساحل."),
    "zh": ("{N}自2012年起为本报报道港口与渡轮新闻。",
           "{N}从事地方新闻工作二十年，先后在大连和本报沿海部工作。"),
    "ja": ("{N}は2012年から本紙で港とフェリーの取材を担当している。",
           "{N}は地方紙で20年にわたり記者として働き、現在は沿岸報道部に所属している。"),
    "ko": ("{N}는 2012년부터 본지에서 항만과 여객선 소식을 취재해 왔습니다.",
           "{N}는 20년 동안 지역 언론에서 일했으며 지금은 본지 해안부에서 일하고 있습니다."),
    "id": ("{N} meliput pelabuhan dan kapal feri untuk Harbour Times sejak 2012.",
           "{N} telah bekerja di media lokal selama dua puluh tahun, pertama di Semarang dan kini di desk pesisir."),
}
SURNAME = {"en": "Doe", "de": "Schmidt", "fr": "Martin", "es": "Ruiz", "it": "Neri", "pt": "Souza", "nl": "De Vries",
           "pl": "Kowalska", "ru": "Петров", "tr": "Yılmaz", "ar": "حسن", "zh": None, "ja": "山田", "ko": None,
           "id": "Santoso"}
COAUTHOR = {"en": ("John Roe", "and"), "de": ("Lukas Weber", "und"), "fr": ("Paul Girard", "et"),
            "es": ("Luis Navarro", "y"), "it": ("Paolo Conti", "e"), "pt": ("Rui Costa", "e"),
            "nl": ("Kees Visser", "en"), "pl": ("Tomasz Wójcik", "i"), "ru": ("Сергей Орлов", "и"),
            "tr": ("Emre Kaya", "ve"), "ar": ("سامي نور", "و"), "zh": ("陈刚", "、"), "ja": ("鈴木一郎", "、"),
            "ko": ("박지훈", "·"), "id": ("Dewi Lestari", "dan")}
MORE = {"en": "More about the author", "de": "Mehr über die Autorin", "fr": "En savoir plus sur l'autrice",
        "es": "Más sobre la autora", "it": "Di più sull'autrice", "pt": "Mais sobre a autora",
        "nl": "Meer over de auteur", "pl": "Więcej o autorce", "ru": "Подробнее об авторе",
        "tr": "Yazar hakkında daha fazla", "ar": "المزيد عن الكاتب", "zh": "更多作者信息", "ja": "著者の詳細",
        "ko": "기자 더보기", "id": "Selengkapnya tentang penulis"}
RAIL = {"en": ("Kari Hansen", "Tom Berg"), "de": ("Lena Vogel", "Paul Braun"), "fr": ("Sophie Roux", "Marc Petit"),
        "es": ("Lucía Gil", "Diego Mora"), "it": ("Sara Galli", "Luca Ferri"), "pt": ("Rita Alves", "Pedro Reis"),
        "nl": ("Sanne Mulder", "Bram Smit"), "pl": ("Ewa Zając", "Marek Lis"),
        "ru": ("Мария Соколова", "Дмитрий Волков"), "tr": ("Elif Şahin", "Can Öztürk"),
        "ar": ("ليلى كريم", "عمر فاروق"), "zh": ("张伟", "刘洋"), "ja": ("高橋美咲", "伊藤健"),
        "ko": ("최수진", "정우성"), "id": ("Siti Rahma", "Rudi Hartono")}
# Content-farm filler in languages beyond the fifteen (only the forms marked "more
# languages" print them): the byline, names, a headline, a paragraph and the blurb.
MORE_LANGS = [
    dict(code="sv", by="Av {N}", full="Karin Lund", given="Karin", other="Erik Berg",
         h1="Kommunfullmäktige debatterar hamnens framtid",
         para="Kommunfullmäktige diskuterade länge på tisdagskvällen den nya budgeten och hamnens framtid.",
         house="{N} är en oberoende nyhetssajt som sedan 2009 bevakar kusten och dess hamnar.",
         generic="{N} är en passionerad skribent som älskar att resa, laga god mat och dela tips med sina läsare."),
    dict(code="da", by="Af {N}", full="Mette Holm", given="Mette", other="Søren Dahl",
         h1="Byrådet debatterer havnens fremtid",
         para="Byrådet diskuterede tirsdag aften længe det nye budget og havnens fremtid i byen.",
         house="{N} er et uafhængigt nyhedsmedie, der siden 2009 har dækket kysten og dens havne.",
         generic="{N} er en passioneret skribent, der elsker at rejse, lave god mad og dele tips med sine læsere."),
    dict(code="cs", by="Autor: {N}", full="Jana Nováková", given="Jana", other="Petr Svoboda",
         h1="Zastupitelstvo jedná o budoucnosti přístavu",
         para="Zastupitelstvo v úterý večer dlouho jednalo o novém rozpočtu a o budoucnosti přístavu.",
         house="{N} je nezávislý zpravodajský server, který od roku 2009 informuje o pobřeží a jeho přístavech.",
         generic="{N} je vášnivá autorka, která miluje cestování, dobré jídlo a ráda se dělí o tipy se čtenáři."),
    dict(code="ro", by="Autor: {N}", full="Ioana Popescu", given="Ioana", other="Mihai Ionescu",
         h1="Consiliul local dezbate viitorul portului",
         para="Consiliul local a dezbătut marți seara pe larg noul buget și viitorul portului din oraș.",
         house="{N} este un site de știri independent care relatează din 2009 despre litoral și porturile sale.",
         generic="{N} este o scriitoare pasionată care iubește călătoriile, mâncarea bună și împărtășește sfaturi "
                 "cu cititorii."),
    dict(code="hu", by="Írta: {N}", full="Kovács Anna", given="Anna", other="Nagy Péter",
         h1="A közgyűlés a kikötő jövőjéről vitázik",
         para="A közgyűlés kedd este hosszan vitatta meg az új költségvetést és a kikötő jövőjét.",
         house="A {N} független hírportál, amely 2009 óta tudósít a partvidékről és kikötőiről.",
         generic="{N} szenvedélyes író, aki imád utazni, szereti a jó ételeket, és szívesen megosztja tippjeit az "
                 "olvasókkal."),
    dict(code="uk", by="Автор: {N}", full="Олена Коваленко", given="Олена", other="Андрій Шевчук",
         h1="Міська рада обговорює майбутнє порту",
         para="Міська рада у вівторок увечері довго обговорювала новий бюджет і майбутнє порту.",
         house="{N} — незалежне інтернет-видання, яке з 2009 року розповідає про узбережжя та його порти.",
         generic="{N} — захоплена авторка, яка обожнює подорожі, смачну їжу та ділиться порадами з читачами."),
    dict(code="el", by="Κείμενο: {N}", full="Μαρία Παπαδοπούλου", given="Μαρία", other="Νίκος Γεωργίου",
         h1="Το δημοτικό συμβούλιο συζητά το μέλλον του λιμανιού",
         para="Το δημοτικό συμβούλιο συζήτησε την Τρίτη το βράδυ τον νέο προϋπολογισμό και το μέλλον του λιμανιού.",
         house="Το {N} είναι ένας ανεξάρτητος ειδησεογραφικός ιστότοπος που από το 2009 καλύπτει την ακτή.",
         generic="Η {N} είναι μια παθιασμένη συγγραφέας που λατρεύει τα ταξίδια, το καλό φαγητό και μοιράζεται "
                 "συμβουλές με τους αναγνώστες της."),
    dict(code="fi", by="Kirjoittaja: {N}", full="Laura Virtanen", given="Laura", other="Mikko Laine",
         h1="Valtuusto keskustelee sataman tulevaisuudesta",
         para="Kaupunginvaltuusto keskusteli tiistai-iltana pitkään uudesta talousarviosta ja sataman tulevaisuudesta.",
         house="{N} on riippumaton uutissivusto, joka on vuodesta 2009 kertonut rannikosta ja sen satamista.",
         generic="{N} on intohimoinen kirjoittaja, joka rakastaa matkustamista ja hyvää ruokaa ja jakaa vinkkejä "
                 "lukijoilleen."),
]


def slug(name):
    s = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
    return s if s.isascii() else "4711"


class Case:
    """One page: the byline's name, the bio's sentence and the slots the form fills."""

    def __init__(self, l, content="staff", name="full"):
        self.l = l
        self.content = content
        self.author = l["pen"] if name == "pen" else OUTLET if content == "house" else l["full"]
        self.shown = self.author  # the name a box's name slot shows
        subject = {"full": self.author, "given": l["given"], "title": l.get("title"), "pen": l.get("pen"),
                   "titled": TITLED.get(l["code"]), "surname": SURNAME.get(l["code"]), "two": self.author}[name]
        text = content_text(l, content)
        self.sentence = text.replace("{N}", subject)
        self.rest = text[len("{N}"):]  # the sentence after its subject
        self.subject = subject
        self.other = l["other"]  # someone else: a colleague, an interviewee
        self.other_sentence = text.replace("{N}", l["other"])
        # A second bylined author ("By Jane Doe and John Roe") with a blurb of their own.
        self.coauthor = COAUTHOR[l["code"]][0] if name == "two" else None
        self.coauthor_sentence = text.replace("{N}", self.coauthor) if self.coauthor else None


def content_text(l, content):
    """The bio sentence of `content` in language `l`, {N} its subject."""
    if content in ("covered", "worked"):
        return CAREER[l["code"]][0 if content == "covered" else 1]
    return l[content]


def runs_in(l, name_form, extra):
    """Whether a form runs in language `l`: the forms marked "more languages" run only in
    MORE_LANGS, the others only in LANGS; a name form the language lacks is left out."""
    if ("by" in l and "staff" not in l) != bool(extra):
        return False
    return name_form != "surname" or SURNAME.get(l["code"]) is not None


# Box shapes: builder(case) -> html. Classes are meaningless tokens.
def avatar_card(c, tag="div", cls="q7x1"):
    return ('<%s class="%s"><img src="/img/p/4711.jpg" alt="%s"><h4>%s</h4><p>%s</p></%s>'
            % (tag, cls, c.shown, c.shown, c.sentence, tag))


def link_opens(c):
    return '<div class="q7x1"><p><a href="/author/%s">%s</a>%s</p></div>' % (slug(c.subject), c.subject, c.rest)


def link_over(c):
    return '<div class="q7x1"><a href="/author/%s">%s</a><p>%s</p></div>' % (slug(c.shown), c.shown, c.sentence)


def about_heading(c):
    return '<div class="q7x1"><h3>%s</h3><p>%s</p></div>' % (c.l["about"], c.sentence)


def about_name(c):
    return '<div class="q7x1"><h3>%s</h3><p><b>%s</b></p><p>%s</p></div>' % (c.l["about"], c.shown, c.sentence)


def dl(c):
    return '<dl class="q7x1"><dt>%s</dt><dd>%s</dd></dl>' % (c.shown, c.sentence)


def bold_card(tag, cls):
    return lambda c: ('<%s class="%s"><p><strong>%s</strong></p><p>%s</p></%s>'
                      % (tag, cls, c.shown, c.sentence, tag))


def bare(c):
    return '<div class="q7x1"><p>%s</p></div>' % c.sentence


def details(c):
    return ('<div class="q7x1"><strong>%s</strong><details><summary>%s</summary><p>%s</p></details></div>'
            % (c.shown, c.l["about"], c.sentence))


def button_panel(c, hide='hidden'):
    return ('<div class="q7x1"><strong>%s</strong> <button type="button" aria-expanded="false" '
            'aria-controls="p4711">%s</button><div id="p4711" %s><p>%s</p></div></div>'
            % (c.shown, c.l["about"], hide, c.sentence))


def tabs(c):
    return ('<div class="q7x1"><div role="tablist"><button role="tab" aria-selected="true" aria-controls="t1">'
            '%s</button><button role="tab" aria-selected="false" aria-controls="t2">%s</button></div>'
            '<div id="t1" role="tabpanel"><p><strong>%s</strong></p></div>'
            '<div id="t2" role="tabpanel" hidden><p>%s</p></div></div>'
            % (c.shown, c.l["about"], c.shown, c.sentence))


def no_control(style):
    return lambda c: ('<div class="q7x1" %s><p><strong>%s</strong></p><p>%s</p></div>'
                      % (style, c.shown, c.sentence))


# Session 13 shapes: no class and no id anywhere (plain <div>s), the name a link to
# the author's page.
def plain_card(c, name=None, sentence=None, section="author", extra=""):
    name = name or c.shown
    sentence = sentence if sentence is not None else c.sentence
    href = "/%s/%s" % (section, slug(name))
    return ('<div><div><a href="%s"><img src="/img/p/4711.jpg" alt=""></a></div><div><a href="%s">%s</a></div>'
            '<div>%s</div>%s</div>' % (href, href, name, sentence, extra))


def two_cards(c):
    return "<div>%s%s</div>" % (plain_card(c), plain_card(c, c.coauthor, c.coauthor_sentence))


def two_lines(c):
    return "<div><p>%s</p><p>%s</p></div>" % (c.sentence, c.coauthor_sentence)


def more_button(c):
    return plain_card(c, sentence="", extra=('<button type="button" aria-expanded="false" aria-controls="m4711">%s'
                                            '</button><div id="m4711" hidden><p>%s</p></div>'
                                            % (MORE[c.l["code"]], c.sentence)))


def details_card(c):
    return plain_card(c, sentence="", extra=("<details><summary>%s</summary><p>%s</p></details>"
                                            % (MORE[c.l["code"]], c.sentence)))


def linked_name(href):
    return lambda c: '<p><em><a href="%s">%s</a>%s</em></p>' % (href(c), c.subject, c.rest)


def linked_handle(c):
    import re
    return "<p><em>%s</em></p>" % re.sub(r"@[\w.]+", lambda m: '<a href="https://x.example/%s">%s</a>'
                                         % (m.group(0)[1:], m.group(0)), c.sentence)


def namesake(c):
    """Someone who shares the author's given name (or, in zh, ja, ko, surname): the
    author's first word or characters and another person's last ones."""
    full, other = c.l["full"], c.l["other"]
    if " " in full:
        return full.split()[0] + " " + other.split()[-1]
    return full[:1] + other[1:]


def author_rail(with_author):
    def build(c):
        a, b = RAIL[c.l["code"]]
        cards = [plain_card(c, n, content_text(c.l, "staff").replace("{N}", n)) for n in (c.other, a, b)]
        if with_author:
            cards.insert(1, plain_card(c))
        return "<div><div>%s</div>%s</div>" % (MORE[c.l["code"]].split()[0], "".join(cards))
    return build


# (form name, shape, slot, content, name form, expected kind or None)
# Slots: "byline" right under the byline line, "mid" between the body's fourth and fifth
# (of seven) paragraphs, "end" the body's last paragraph, "after"
# right after the body, "tags" after the tags and share rows, "sidebar" an <aside>
# beside the body, "ld" the JSON-LD author's description only.
def forms():
    out = [
        ("shape: avatar + name heading + paragraph", avatar_card, "after", "staff", "full"),
        ("shape: name link opening the sentence", link_opens, "after", "staff", "full"),
        ("shape: name link over a sentence", link_over, "after", "staff", "full"),
        ("shape: 'About the author' + paragraph", about_heading, "after", "staff", "full"),
        ("shape: 'About the author' + name + paragraph", about_name, "after", "staff", "full"),
        ("shape: definition list", dl, "after", "staff", "full"),
    ]
    for tag in ("aside", "section", "footer", "div"):
        out.append(("shape: <%s> card, meaningless classes" % tag, bold_card(tag, "zx91 k3"), "after", "staff",
                    "full"))
        out.append(("shape: <%s> card, class words" % tag, bold_card(tag, "author-box author-bio"), "after",
                    "staff", "full"))
    out += [
        ("shape: last italic paragraph of the body", lambda c: "<p><em>%s</em></p>" % c.sentence, "end", "staff",
         "full"),
        ("shape: bio line under the byline", lambda c: '<p class="q9t2">%s</p>' % c.sentence, "byline", "staff",
         "full"),
        ("toggle: <details><summary>", details, "after", "staff", "full"),
        ("toggle: button aria-controls, hidden panel", button_panel, "after", "staff", "full"),
        ("toggle: button aria-controls, display:none panel",
         lambda c: button_panel(c, 'style="display:none"'), "after", "staff", "full"),
        ("toggle: a tab", tabs, "after", "staff", "full"),
    ]
    out = [(n, s, slot, content, name, KINDS[content]) for (n, s, slot, content, name) in out]
    for shape_name, shape in (("avatar card", avatar_card), ("'About the author'", about_heading),
                              ("name-led paragraph", bare)):
        for slot in ("byline", "after", "tags", "sidebar"):
            out.append(("place: %s, %s" % (shape_name, slot), shape, slot, "staff", "full", "staff"))
    for content in ("staff", "books", "award", "contact", "social", "contributor", "generic", "house"):
        out.append(("content: %s, avatar card" % content, avatar_card, "after", content, "full", KINDS[content]))
        out.append(("content: %s, classed card" % content, bold_card("div", "author-box"), "after", content,
                    "full", KINDS[content]))
        out.append(("content: %s, name-led paragraph" % content, bare, "after", content, "full", KINDS[content]))
    for name in ("given", "title", "pen"):
        out.append(("name: %s, avatar card" % name, avatar_card, "after", "staff", name, "staff"))
        out.append(("name: %s, classed card" % name, bold_card("div", "author-box"), "after", "staff", name,
                    "staff"))
        out.append(("name: %s, 'About the author' + name" % name, about_name, "after", "staff", name, "staff"))
    out.append(("name: pen, name-led paragraph", bare, "after", "staff", "pen", "staff"))
    out.append(("name: title + full name, name-led paragraph", bare, "after", "staff", "titled", "staff"))
    out.append(("name: title + full name, avatar card", avatar_card, "after", "staff", "titled", "staff"))
    out += [
        ("NEG display:none, no control", no_control('style="display:none"'), "after", "staff", "full", None),
        ("NEG hidden, no control", no_control("hidden"), "after", "staff", "full", None),
        ("NEG aria-hidden, no control", no_control('aria-hidden="true"'), "after", "staff", "full", None),
        ("NEG in a <template>", lambda c: "<template>%s</template>" % avatar_card(c), "after", "staff", "full", None),
        ("NEG JSON-LD description only", None, "ld", "staff", "full", None),
        ("NEG another person's avatar card after the body",
         lambda c: ('<div class="q7x1"><img src="/img/p/4712.jpg" alt="%s"><h4>%s</h4><p>%s</p></div>'
                    % (c.other, c.other, c.other_sentence)), "after", "staff", "full", None),
        ("NEG another person's name-led line in the body's middle",
         lambda c: "<p>%s</p>" % c.other_sentence, "mid", "staff", "full", None),
        ("NEG the outlet's blurb under a person's byline",
         lambda c: ('<div class="q7x1"><h4>%s</h4><p>%s</p></div>'
                    % (OUTLET, c.l["house"].replace("{N}", OUTLET))), "after", "staff", "full", None),
        ("NEG a content-farm line about someone else",
         lambda c: "<div class=\"q7x1\"><p>%s</p></div>" % c.l["generic"].replace("{N}", c.other), "after", "staff",
         "full", None),
        ("NEG in a <script type=text/template>",
         lambda c: '<script type="text/template">%s</script>' % avatar_card(c), "after", "staff", "full", None),
        ("NEG in <noscript>", lambda c: "<noscript>%s</noscript>" % avatar_card(c), "after", "staff", "full", None),
        ("NEG byline line with a job title", lambda c: neg_text(c, "byline"), "byline_line", "staff", "full", None),
    ]
    # The author's name over a text that is no bio, in a box classed as an author's
    # (found by its markup: any author_box rule's hit would make it a bio) and in an
    # avatar card with meaningless classes (found by its shape).
    for kind in NEG_KINDS:
        out.append(("NEG %s, classed author box" % kind,
                    lambda c, k=kind: ('<div class="author-box author-bio"><p><strong>%s</strong></p><p>%s</p></div>'
                                       % (c.shown, neg_text(c, k))), "after", "staff", "full", None))
        out.append(("NEG %s, avatar card" % kind,
                    lambda c, k=kind: ('<div class="q7x1"><img src="/img/p/4711.jpg" alt="%s"><h4>%s</h4><p>%s</p>'
                                       '</div>' % (c.shown, c.shown, neg_text(c, k))), "after", "staff", "full", None))
    out = [f + ({},) for f in out]
    return out + forms13()


def forms13():
    """Session 13's layouts and forms (names open with "s13"): (name, shape, slot,
    content, name form, expected kind or None, options). Options: "article" prints the
    body in an <article> (the box in it, after the paragraphs), "paragraphs" the body's
    length, "more" the forms run in MORE_LANGS instead."""
    out = []
    for slot in ("after", "byline", "tags", "sidebar"):
        out.append(("s13 unclassed card (avatar, name link, text), %s" % slot, plain_card, slot, "staff", "full"))
    for content in ("covered", "worked", "contributor", "generic", "house", "books"):
        out.append(("s13 unclassed card, content %s" % content, plain_card, "after", content, "full"))
    for content in ("covered", "worked"):
        out.append(("s13 name-led paragraph, content %s" % content, bare, "after", content, "full"))
        out.append(("s13 unclassed card under the byline, content %s" % content, plain_card, "byline", content,
                    "full"))
    for name in ("given", "surname"):
        out.append(("s13 name: %s, unclassed card" % name, plain_card, "after", "staff", name))
        out.append(("s13 name: %s, classed card" % name, bold_card("div", "author-box"), "after", "staff", name))
        out.append(("s13 name: %s, unclassed card under the byline" % name, plain_card, "byline", "staff", name))
    out.append(("s13 name: surname, avatar card", avatar_card, "after", "staff", "surname"))
    for name in ("given", "surname"):
        out.append(("s13 name: %s, italic last paragraph" % name, lambda c: "<p><em>%s</em></p>" % c.sentence, "end",
                    "staff", name))
    out.append(("s13 generic by the given name, unclassed card", plain_card, "after", "generic", "given"))
    out.append(("s13 generic by the given name, classed card", bold_card("div", "author-box"), "after", "generic",
                "given"))
    out += [
        ("s13 two authors, two unclassed cards", two_cards, "after", "staff", "two"),
        ("s13 two authors, two name-led lines in one box", two_lines, "after", "staff", "two"),
        ("s13 two authors, two unclassed cards under the byline", two_cards, "byline", "staff", "two"),
        ("s13 <footer> in <article>, name-led line", lambda c: "<footer><p>%s</p></footer>" % c.sentence,
         "article", "staff", "full"),
        ("s13 <aside> in <article>, unclassed card", lambda c: "<aside>%s</aside>" % plain_card(c), "article",
         "staff", "full"),
        ("s13 <footer> in <article>, contributor", lambda c: "<footer><p><em>%s</em></p></footer>" % c.sentence,
         "article", "contributor", "full"),
        ("s13 'More about the author' button, unclassed card", more_button, "after", "staff", "full"),
        ("s13 <details>, unclassed card", details_card, "after", "staff", "full"),
        ("s13 'More about the author' button under the byline", more_button, "byline", "staff", "full"),
        ("s13 italic last paragraph <i>, contributor", lambda c: "<p><i>%s</i></p>" % c.sentence, "end",
         "contributor", "full"),
        ("s13 last paragraph after a dash", lambda c: "<p>— %s</p>" % c.sentence, "end", "contributor", "full"),
        ("s13 italic last paragraph after a dash", lambda c: "<p><em>— %s</em></p>" % c.sentence, "end",
         "contributor", "full"),
        ("s13 italic line after a rule, after the body", lambda c: "<hr><p><em>%s</em></p>" % c.sentence, "after",
         "contributor", "full"),
        ("s13 contributor line, name linked to a social account",
         linked_name(lambda c: "https://x.example/%s" % slug(c.subject)), "end", "contributor", "full"),
        ("s13 contributor line, name linked to an email address",
         linked_name(lambda c: "mailto:%s@harbour.example" % slug(c.subject)), "end", "contributor", "full"),
        ("s13 contributor line, handle linked", linked_handle, "end", "social", "full"),
        ("s13 more languages: generic, name-led paragraph", bare, "after", "generic", "full"),
        ("s13 more languages: generic, unclassed card", plain_card, "after", "generic", "full"),
        ("s13 more languages: generic by the given name, unclassed card", plain_card, "after", "generic", "given"),
        ("s13 more languages: house blurb, unclassed card", plain_card, "after", "house", "full"),
        ("s13 more languages: house blurb, name-led paragraph", bare, "after", "house", "full"),
    ]
    out = [(n, s, slot, content, name, KINDS[content], {"more": True} if "more languages" in n else {})
           for (n, s, slot, content, name) in out]
    out += [
        ("s13 NEG a quote of someone else closing the body",
         lambda c: "<blockquote><p>“%s”</p></blockquote>" % c.other_sentence, "end", "staff", "full", None,
         {}),
        ("s13 NEG an obituary's subject, unclassed card after the body",
         lambda c: plain_card(c, c.other, c.other_sentence, section="people"), "after", "staff", "full", None, {}),
        ("s13 NEG an interview's guest, unclassed card under the byline",
         lambda c: plain_card(c, c.other, c.other_sentence, section="people"), "byline", "staff", "full", None, {}),
        ("s13 NEG a rail of other writers' cards", author_rail(False), "sidebar", "staff", "full", None, {}),
        ("s13 NEG a rail of writers' cards with the author's", author_rail(True), "tags", "staff", "full", None, {}),
        ("s13 NEG newsletter sign-up, unclassed card",
         lambda c: plain_card(c, sentence=neg_text(c, "newsletter")), "after", "staff", "full", None, {}),
        ("s13 NEG filler about someone else, five paragraphs",
         lambda c: "<div><p>%s</p></div>" % c.l["generic"].replace("{N}", c.other), "after", "staff", "full", None,
         {"paragraphs": 5}),
        ("s13 NEG another person's line after the body, five paragraphs",
         lambda c: "<div><p>%s</p></div>" % c.other_sentence, "after", "staff", "full", None, {"paragraphs": 5}),
        ("s13 NEG last paragraph about a namesake (the author's given name, another surname)",
         lambda c: "<p><em>%s</em></p>" % content_text(c.l, "staff").replace("{N}", namesake(c)), "end", "staff",
         "full", None, {}),
        ("s13 NEG the author's surname opening a line in the body's middle",
         lambda c: "<p>%s</p>" % c.sentence, "mid", "staff", "surname", None, {}),
        ("s13 NEG more languages: filler about someone else",
         lambda c: "<div><p>%s</p></div>" % c.other_sentence, "after", "generic", "full", None, {"more": True}),
    ]
    return out


def neg_text(c, kind):
    return NEG_TEXTS[c.l["code"]][kind].replace("{N}", c.author)


def page(c, box, slot, with_ld, opts=None):
    opts = opts or {}
    l = c.l
    ld = ""
    if with_ld or slot == "ld":
        person = {"@type": "Organization" if c.content == "house" else "Person", "name": c.author}
        if slot == "ld":
            person["description"] = c.sentence
        if c.coauthor:
            person = [person, {"@type": "Person", "name": c.coauthor}]
        ld = ('<script type="application/ld+json">%s</script>'
              % json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": l["h1"],
                            "author": person}, ensure_ascii=False))
    paragraphs = opts.get("paragraphs", 7)
    p = lambda k: "<p>%s</p>\n" % l["para"] if k < paragraphs else ""
    slots = {s: "" for s in ("byline", "mid", "end", "after", "tags", "sidebar")}
    names = c.author
    if c.coauthor:
        join = COAUTHOR[l["code"]][1]
        names = c.author + join + c.coauthor if join in ("、", "·") else "%s %s %s" % (c.author, join,
                                                                                              c.coauthor)
    byline = l["by"].replace("{N}", names)
    if slot == "byline_line":
        byline = box  # the byline line itself
    elif slot == "article":
        slots["after"] = box  # inside the <article>, after the paragraphs
    elif box is not None:
        slots[slot] = box
    main_tag = "article" if slot == "article" else "div"
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
            '<meta property="og:site_name" content="%s"><link rel="canonical" href="%s/city/2026/05/12/port">%s'
            '</head><body><div class="h1x"><a href="/">%s</a> <a href="/city">City</a></div>'
            '<div class="m2k"><%s class="a9w"><h1>%s</h1>\n'
            '<div class="b3v"><span>%s</span> <time datetime="2026-05-12T08:00">12.05.2026</time></div>\n%s\n'
            '<div class="t5r">%s%s%s%s%s%s%s%s%s</div>\n%s\n'
            '<div class="g6n"><a href="/tag/port">#port</a> <a href="/tag/ferries">#ferries</a></div>\n'
            '<div class="s8d"><a href="https://social.example/share?u=x">f</a> '
            '<a href="https://chat.example/send?u=x">X</a> <a href="mailto:?subject=port">@</a></div>\n%s\n'
            '</%s><div class="r2s">%s<div class="w4f"><h3>Top 5</h3><ul><li><a href="/city/2026/05/11/a">%s</a>'
            '</li><li><a href="/city/2026/05/10/b">%s</a></li></ul></div></div></div>'
            '<div class="f0o">© 2026 %s</div></body></html>'
            % (l["code"], l["h1"], OUTLET, SITE, ld, OUTLET, main_tag, l["h1"], byline,
               slots["byline"], p(0), p(1), p(2), p(3), slots["mid"], p(4), p(5), p(6), slots["end"], slots["after"],
               slots["tags"], main_tag,
               slots["sidebar"], l["h1"], l["h1"], OUTLET))


def main():
    ap = sweep_parser("forms whose name contains this", "print the pages and signals of each failure")
    ap.add_argument("--metadata", choices=("with", "without", "both"), default="both",
                    help="a JSON-LD author on each page, none (the byline line alone), or both (default)")
    ap.add_argument("--foreign-rules", metavar="RULES_DIR",
                    help="score each language's pages with every author bio rule of RULES_DIR/author_bio.json "
                         "that lists the language (or '*') disabled: what other languages' wordings read")
    args = ap.parse_args()
    langs = [l for l in LANGS + MORE_LANGS if not args.lang or l["code"] == args.lang]
    cases = [f for f in forms() if not args.only or args.only in f[0]]
    modes = {"with": [True], "without": [False], "both": [True, False]}[args.metadata]
    tmp = work_folder(args.keep, "biosweep-")
    meta = {}
    for fi, (name, shape, slot, content, name_form, want, opts) in enumerate(cases):
        for li, l in enumerate(langs):
            if not runs_in(l, name_form, opts.get("more")):
                continue
            for with_ld in modes:
                c = Case(l, content, name_form)
                box = shape(c) if shape else None
                fname = "f%03d-%02d-%s.html" % (fi, li, "ld" if with_ld else "no")
                meta[fname] = (name, l["code"] + ("" if with_ld else "/noLD"), want,
                               page(c, box, slot, with_ld, opts))
    if args.foreign_rules:
        # Each language's pages scored with only the other languages' author bio rules:
        # a bio found then is a wording of another language read in this one.
        got = {}
        rules = json.load(open(os.path.join(args.foreign_rules, "author_bio.json"), encoding="utf-8"))["rules"]
        for l in langs:
            code = l["code"]
            overlay = os.path.join(tmp, "rules-" + code)
            os.makedirs(overlay, exist_ok=True)
            own = [{"id": r["id"], "disabled": True} for r in rules
                   if code in r.get("languages", []) or "*" in r.get("languages", [])]
            with open(os.path.join(overlay, "author_bio.json"), "w", encoding="utf-8") as f:
                json.dump({"schema": "provscore.patterns/1", "rules": own}, f)
            got.update(score_pages(args.binary, os.path.join(tmp, code),
                                   {f: m[3] for f, m in meta.items() if m[1].split("/")[0] == code},
                                   "author_bio_boilerplate", ["--rules", overlay]))
    else:
        got = score_pages(args.binary, tmp, {f: m[3] for f, m in meta.items()}, "author_bio_boilerplate")
    failures = 0
    # Tallies for the layouts of sessions 11-12 ("old") and session 13's ("s13"), apart.
    tally = {g: dict(pos=0, miss=0, kind=0, neg=0, false=0) for g in ("old", "s13")}
    for name, _, _, _, _, want, _ in cases:
        t = tally["s13" if name.startswith("s13") else "old"]
        bad = []
        for fname, (n, code, w, html) in sorted(meta.items()):
            if n != name:
                continue
            sig = got.get(fname, [])
            kind = sig[0].get("kind") if sig else None
            what = None
            if want:
                t["pos"] += 1
                if not sig:
                    t["miss"] += 1
                    what = "MISS"
                elif kind != want:
                    t["kind"] += 1
                    what = "KIND:%s" % kind
            else:
                t["neg"] += 1
                if sig:
                    t["false"] += 1
                    what = "FALSE"
            if what:
                bad.append("%s %s" % (code, what) if what != "MISS" else code)
                if args.show:
                    print("----", name, code, "want", want, "got", kind if sig else None)
                    print(html)
                    for s in sig:
                        print("  signal", s.get("rule"), s.get("kind"), s.get("author"),
                              json.dumps(s.get("evidence", {}).get("text"), ensure_ascii=False))
        failures += len(bad)
        print("%-52s %-11s %s" % (name, want or "none", ("FAIL " + " ".join(bad)) if bad else "ok"))
    for group, t in tally.items():
        if t["pos"] or t["neg"]:
            print("%s layouts: positive pages %d, missed %d, wrong kind %d; negative pages %d, false bios %d"
                  % (group, t["pos"], t["miss"], t["kind"], t["neg"], t["false"]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
