// The hard negatives of author bios, audited language by language on invented
// pages read through the extractor and the detectors: blocks that name a person
// and say something about them but are not a bio of the article's author -- a
// readers' comment thread (the author's own reply in it included), a quoted
// expert's description inside the story, an obituary's subject, a photo or an
// illustration credit, an "About us" or "About the company" box, a newsletter
// sign-up under an editor's face, a "Meet the team" list, another person's
// profile card, the reviewed book's author, a podcast host's card, a job advert,
// and a bio a reader never sees. Every class and id is a meaningless token (as
// tests/eval --perturb classes rewrites pages), so only the structure tells them
// apart; each page is read with and without JSON-LD (the byline line alone names
// the author then). Beside each row stands a positive control: the same page with
// the author's own card after the body still gives one bio, read from that card.
// rules/AUTHOR-BOX-CONVENTIONS.md, "Hard negatives (session 10)", names the
// mechanism behind each row.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "score/extract/html_extractor.h"
#include "score/signals/detectors.h"
#include "tests/score/article_builder.h"

namespace provscore {
namespace {

// The words of one language's pages. "{N}" in a template stands for a name.
struct Lang {
  const char* lang;
  const char* by;          // the byline word
  const char* author;      // the article's author
  const char* other;       // someone else (an expert, a colleague, a host)
  const char* other2;      // a third person
  const char* reader;      // a commenter's name
  const char* prose;       // an article paragraph
  const char* bio;         // a bio a rule reads: "{N} is a reporter ..."
  const char* expert;      // a quoted expert's description, then what they said
  const char* ago;         // a comment's time: "2 hours ago"
  const char* comment;     // a reader's comment
  const char* reply;       // the author's reply in the thread, about their own work
  const char* we_are;      // a reader's comment in the first person plural
  const char* about_us;    // the heading of an outlet's "About us" box
  const char* house;       // the outlet's blurb about itself
  const char* company;     // a press release's "About the company" blurb
  const char* newsletter;  // a newsletter sign-up under an editor's name
  const char* team;        // the heading of a "Meet the team" list
  const char* host;        // a podcast host's card
  const char* hiring;      // a job advert
  const char* photo;       // "Photo", "Foto": a picture's credit label
};

const Lang kLangs[] = {
    {"en",
     "By",
     "Jane Doe",
     "Ola Nordmann",
     "Sam Poe",
     "Margaret Lowe",
     "The council discussed the new budget and the future of the port at length on Tuesday evening.",
     "{N} is a reporter who covers the port and the ferries for the paper.",
     "{N} is a professor of economics at the University of the Coast. She said the port would need new cranes "
     "within five years.",
     "2 hours ago",
     "The ferry is late every single morning in winter, so I am glad somebody finally wrote about it.",
     "Thank you for reading. I have covered the port for this paper for ten years and will follow the story.",
     "We are a family of four and we take the ferry to the island every morning.",
     "About us",
     "We are an independent newsroom that has covered the coast and its islands since 1901.",
     "{N} is a ferry operator founded in 1950 that runs twelve routes along the coast.",
     "Sign up for {N}'s weekly newsletter and get the best stories from the coast every Friday.",
     "Meet the team",
     "{N} hosts The Harbour Hour, a weekly podcast about life and work on the coast.",
     "We are hiring a reporter to cover the port. We are a growing newsroom on the coast.",
     "Photo"},
    {"de",
     "Von",
     "Anna Schmidt",
     "Karl Weber",
     "Lena Berg",
     "Klaus Meier",
     "Der Stadtrat hat am Dienstagabend lange über den neuen Haushalt und die Zukunft des Hafens beraten.",
     "{N} ist Reporterin in Kiel und berichtet über Häfen und Schifffahrt.",
     "{N} ist Professor für Volkswirtschaft an der Universität Kiel. Er sagte, der Hafen brauche in fünf Jahren "
     "neue Kräne.",
     "vor 2 Stunden",
     "Die Fähre hat im Winter jeden Morgen Verspätung, gut dass endlich jemand darüber schreibt.",
     "Danke fürs Lesen. Ich berichte seit zehn Jahren für diese Zeitung über den Hafen und bleibe dran.",
     "Wir sind eine Familie mit zwei Kindern und nehmen jeden Morgen die Fähre zur Insel.",
     "Über uns",
     "Wir sind eine unabhängige Redaktion und berichten seit 1901 über die Küste und ihre Inseln.",
     "{N} ist eine Reederei, die 1950 gegründet wurde und zwölf Linien entlang der Küste betreibt.",
     "Abonnieren Sie den wöchentlichen Newsletter von {N} und erhalten Sie jeden Freitag die besten Geschichten.",
     "Unser Team",
     "{N} moderiert Die Hafenstunde, einen wöchentlichen Podcast über das Leben an der Küste.",
     "Wir suchen eine Reporterin für den Hafen. Wir sind eine wachsende Redaktion an der Küste.",
     "Foto"},
    {"fr",
     "Par",
     "Claire Martin",
     "Paul Girard",
     "Lucie Morel",
     "Jacques Petit",
     "Le conseil municipal a longuement débattu mardi soir du nouveau budget et de l'avenir du port.",
     "{N} est journaliste à Marseille et couvre le port et les transports.",
     "{N} est professeur d'économie à l'université de Marseille. Il estime que le port aura besoin de nouvelles "
     "grues d'ici cinq ans.",
     "il y a 2 heures",
     "Le ferry est en retard tous les matins en hiver, enfin quelqu'un en parle dans le journal.",
     "Merci de votre lecture. Je couvre le port pour ce journal depuis dix ans et je suivrai l'affaire.",
     "Nous sommes une famille de quatre et nous prenons le ferry pour l'île chaque matin.",
     "À propos",
     "Nous sommes une rédaction indépendante qui couvre la côte et ses îles depuis 1901.",
     "{N} est une compagnie de ferries fondée en 1950 qui exploite douze lignes le long de la côte.",
     "Inscrivez-vous à la lettre hebdomadaire de {N} et recevez les meilleurs articles chaque vendredi.",
     "Notre équipe",
     "{N} anime L'Heure du port, un podcast hebdomadaire sur la vie sur la côte.",
     "Nous recrutons un journaliste pour couvrir le port. Nous sommes une rédaction en pleine croissance.",
     "Photo"},
    {"es",
     "Por",
     "Marta Ruiz",
     "Luis Gómez",
     "Elena Vidal",
     "Pedro Sanz",
     "El concejo municipal debatió el martes por la noche el nuevo presupuesto y el futuro del puerto.",
     "{N} es periodista en Valencia y cubre el puerto y el transporte marítimo.",
     "{N} es profesor de economía en la Universidad de Valencia. Dijo que el puerto necesitará nuevas grúas en "
     "cinco años.",
     "hace 2 horas",
     "El ferry llega tarde todas las mañanas en invierno, por fin alguien escribe sobre esto.",
     "Gracias por leer. Cubro el puerto para este periódico desde hace diez años y seguiré la historia.",
     "Somos una familia de cuatro y tomamos el ferry a la isla cada mañana.",
     "Quiénes somos",
     "Somos una redacción independiente que cubre la costa y sus islas desde 1901.",
     "{N} es una naviera fundada en 1950 que opera doce rutas a lo largo de la costa.",
     "Suscríbete al boletín semanal de {N} y recibe las mejores historias de la costa cada viernes.",
     "Nuestro equipo",
     "{N} presenta La Hora del Puerto, un pódcast semanal sobre la vida en la costa.",
     "Buscamos un periodista para cubrir el puerto. Somos una redacción que crece en la costa.",
     "Foto"},
    {"it",
     "Di",
     "Giulia Neri",
     "Marco Bianchi",
     "Sara Conti",
     "Franco Gallo",
     "Il consiglio comunale ha discusso a lungo martedì sera del nuovo bilancio e del futuro del porto.",
     "{N} è giornalista a Genova e si occupa del porto e dei trasporti.",
     "{N} è professore di economia all'Università di Genova. Ha detto che il porto avrà bisogno di nuove gru entro "
     "cinque anni.",
     "2 ore fa",
     "Il traghetto è in ritardo ogni mattina d'inverno, finalmente qualcuno ne scrive sul giornale.",
     "Grazie per aver letto. Seguo il porto per questo giornale da dieci anni e continuerò a seguire la storia.",
     "Siamo una famiglia di quattro persone e prendiamo il traghetto per l'isola ogni mattina.",
     "Chi siamo",
     "Siamo una redazione indipendente che racconta la costa e le sue isole dal 1901.",
     "{N} è una compagnia di traghetti fondata nel 1950 che gestisce dodici linee lungo la costa.",
     "Iscriviti alla newsletter settimanale di {N} e ricevi le storie migliori della costa ogni venerdì.",
     "La nostra squadra",
     "{N} conduce L'Ora del Porto, un podcast settimanale sulla vita della costa.",
     "Cerchiamo un giornalista per seguire il porto. Siamo una redazione in crescita sulla costa.",
     "Foto"},
    {"pt",
     "Por",
     "Ana Souza",
     "João Lima",
     "Rita Costa",
     "Manuel Alves",
     "A câmara municipal discutiu longamente na terça-feira o novo orçamento e o futuro do porto.",
     "{N} é repórter em Lisboa e escreve sobre o porto e os transportes.",
     "{N} é professor de economia na Universidade de Lisboa. Disse que o porto vai precisar de novos guindastes "
     "dentro de cinco anos.",
     "há 2 horas",
     "O ferry chega atrasado todas as manhãs no inverno, finalmente alguém escreve sobre isso.",
     "Obrigada pela leitura. Acompanho o porto para este jornal há dez anos e vou seguir a história.",
     "Somos uma família de quatro e apanhamos o ferry para a ilha todas as manhãs.",
     "Quem somos",
     "Somos uma redação independente que cobre a costa e as suas ilhas desde 1901.",
     "{N} é uma companhia de ferries fundada em 1950 que opera doze linhas ao longo da costa.",
     "Assine a newsletter semanal de {N} e receba as melhores histórias da costa todas as sextas-feiras.",
     "A nossa equipa",
     "{N} apresenta A Hora do Porto, um podcast semanal sobre a vida na costa.",
     "Procuramos um repórter para cobrir o porto. Somos uma redação em crescimento na costa.",
     "Foto"},
    {"nl",
     "Door",
     "Pieter de Vries",
     "Jan Bakker",
     "Sanne Visser",
     "Kees Smit",
     "De gemeenteraad heeft dinsdagavond lang gesproken over de nieuwe begroting en de toekomst van de haven.",
     "{N} is verslaggever in Rotterdam en schrijft over de haven.",
     "{N} is hoogleraar economie aan de Universiteit van Rotterdam. Hij zei dat de haven binnen vijf jaar nieuwe "
     "kranen nodig heeft.",
     "2 uur geleden",
     "De veerboot is in de winter elke ochtend te laat, eindelijk schrijft iemand erover.",
     "Bedankt voor het lezen. Ik volg de haven al tien jaar voor deze krant en blijf het verhaal volgen.",
     "Wij zijn een gezin van vier en nemen elke ochtend de veerboot naar het eiland.",
     "Over ons",
     "Wij zijn een onafhankelijke redactie die sinds 1901 over de kust en de eilanden schrijft.",
     "{N} is een rederij die in 1950 is opgericht en twaalf lijnen langs de kust vaart.",
     "Meld je aan voor de wekelijkse nieuwsbrief van {N} en ontvang elke vrijdag de beste verhalen.",
     "Ons team",
     "{N} presenteert Het Havenuur, een wekelijkse podcast over het leven aan de kust.",
     "Wij zoeken een verslaggever voor de haven. Wij zijn een groeiende redactie aan de kust.",
     "Foto"},
    {"pl",
     "Przez",
     "Anna Kowalska",
     "Piotr Nowak",
     "Ewa Lis",
     "Marek Wójcik",
     "Rada miasta długo dyskutowała we wtorek wieczorem o nowym budżecie i przyszłości portu w mieście.",
     "{N} jest reporterką w Gdańsku i pisze o porcie i żegludze.",
     "{N} jest profesorem ekonomii na Uniwersytecie Gdańskim. Powiedział, że port będzie potrzebował nowych "
     "dźwigów w ciągu pięciu lat.",
     "2 godziny temu",
     "Prom spóźnia się zimą każdego ranka, dobrze, że w końcu ktoś o tym napisał w gazecie.",
     "Dziękuję za lekturę. Od dziesięciu lat piszę o porcie dla tej gazety i będę śledzić tę historię.",
     "Jesteśmy rodziną z dwojgiem dzieci i codziennie rano płyniemy promem na wyspę.",
     "O nas",
     "Jesteśmy niezależną redakcją, która od 1901 roku pisze o wybrzeżu i wyspach.",
     "{N} to armator założony w 1950 roku, który obsługuje dwanaście linii wzdłuż wybrzeża.",
     "Zapisz się na cotygodniowy newsletter {N} i otrzymuj najlepsze teksty w każdy piątek.",
     "Nasz zespół",
     "{N} prowadzi Godzinę Portu, cotygodniowy podcast o życiu na wybrzeżu.",
     "Szukamy reportera do pisania o porcie. Jesteśmy rozwijającą się redakcją na wybrzeżu.",
     "Fot."},
};

std::string With(std::string_view tpl, std::string_view name) {
  std::string out(tpl);
  const size_t at = out.find("{N}");
  if (at != std::string::npos) out.replace(at, 3, name);
  return out;
}

// An invented article page: a headline, the byline line, the body's paragraphs,
// what follows the body inside the article (`bottom`) and after it (`after`: a
// sidebar, a comment thread). Classes are meaningless tokens. `ld` adds the
// JSON-LD naming the author; `ld_json` replaces it.
struct Page {
  const Lang* l = &kLangs[0];
  std::string author;  // the byline's author; empty for none
  bool ld = true;
  std::string ld_json;
  std::vector<std::string> paragraphs;
  std::string bottom;
  std::string after;
};

Page PageIn(const Lang& l) {
  Page p;
  p.l = &l;
  p.author = l.author;
  for (int i = 0; i < 5; ++i) p.paragraphs.push_back(l.prose);
  return p;
}

std::string Html(const Page& p) {
  std::string ld;
  if (!p.ld_json.empty()) {
    ld = "<script type=\"application/ld+json\">" + p.ld_json + "</script>";
  } else if (p.ld && !p.author.empty()) {
    ld = R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",)"
         R"("headline":"Council debates the port","author":{"@type":"Person","name":")" +
         p.author + R"("},"publisher":{"@type":"Organization","name":"The Harbour Herald"}}</script>)";
  }
  std::string body;
  for (const std::string& para : p.paragraphs) body += "<p>" + para + "</p>\n";
  const std::string byline =
      p.author.empty() ? "" : "<p class=\"q2\">" + std::string(p.l->by) + " " + p.author + "</p>";
  return "<!doctype html><html lang=\"" + std::string(p.l->lang) +
         "\"><head><meta charset=\"utf-8\"><title>Council debates the port</title>"
         "<meta property=\"og:site_name\" content=\"The Harbour Herald\">" +
         ld +
         "</head><body><div class=\"q0\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
         "<div class=\"q1\"><div class=\"q3\"><h1>Council debates the port</h1>" +
         byline + "<div class=\"q4\">" + body + "</div>" + p.bottom + "</div>" + p.after +
         "</div><div class=\"q9\">\xC2\xA9 2024 The Harbour Herald</div></body></html>";
}

Article Extract(const Page& p) {
  Result<Article> a = testing::BuiltinExtractor().Extract(Html(p), "https://harbour.example/news/port");
  EXPECT_TRUE(a.ok());
  return a.ok() ? std::move(a).value() : Article{};
}

std::vector<Signal> Bios(const Article& a) { return testing::SignalsOfType(a, kSignalAuthorBio); }

std::string Boxes(const Article& a) {
  std::string all = "authors:";
  for (const SourcedValue& v : a.authors) all += " [" + v.value + "]";
  all += "\n";
  for (const AuthorBox& b : a.author_boxes) {
    all += "[" + b.cue + "/" + b.where + "/" + b.author + (b.house ? "/house" : "") + "] " + b.text + "\n";
  }
  return all;
}

// The author's own card after the body, by its shape: the name as a heading, the
// bio under it.
std::string ControlCard(const Lang& l) {
  return "<div class=\"q7\"><h4>" + std::string(l.author) + "</h4><p>" + With(l.bio, l.author) + "</p></div>";
}

// A reader's comment: an avatar (its alt the name), the name, the time, the text;
// each a line.
std::string Comment(std::string_view name, std::string_view when, std::string_view text) {
  return "<li class=\"r3\"><img class=\"r4\" src=\"/avatars/x.png\" alt=\"" + std::string(name) +
         "\"><div class=\"r5\"><b>" + std::string(name) + "</b> <span class=\"r6\">" + std::string(when) +
         "</span></div><p>" + std::string(text) + "</p><a class=\"r7\" href=\"#reply\">Reply</a></li>";
}

// A thread of readers' comments after the article, with `extra` among them.
std::string Thread(const Lang& l, const std::string& extra) {
  return "<div class=\"r1\"><h3>4</h3><ul class=\"r2\">" + Comment(l.reader, l.ago, l.comment) + extra +
         Comment(l.other2, l.ago, l.comment) + Comment("ferry_fan77", l.ago, l.comment) + "</ul></div>";
}

struct NegativeCase {
  std::string name;
  Page page;
};

// The hard negatives of one language, each a page that must give no bio.
std::vector<NegativeCase> Negatives(const Lang& l) {
  std::vector<NegativeCase> cases;
  const std::string author = l.author, other = l.other;
  auto add = [&](std::string name, Page p) { cases.push_back({std::string(l.lang) + " " + name, std::move(p)}); };
  {
    Page p = PageIn(l);
    p.after = Thread(l, Comment(l.author, l.ago, l.reply));
    add("a comment thread with the author's own reply in it", p);
  }
  {
    Page p = PageIn(l);
    p.after = Thread(l, Comment(l.author, l.ago, With(l.bio, l.author)));
    add("a comment thread where the author's reply reads as a bio", p);
  }
  {
    // The same thread with a blog platform's telling classes: the head's class
    // says "comment-author", the thread's "comments".
    Page p = PageIn(l);
    std::string thread = Thread(l, Comment(l.author, l.ago, With(l.bio, l.author)));
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"\"r1\"", "\"comments-area\""},
                                   {"\"r3\"", "\"comment\""},
                                   {"\"r5\"", "\"comment-author vcard\""}}) {
      for (size_t at = thread.find(from); at != std::string::npos; at = thread.find(from, at + to.size())) {
        thread.replace(at, from.size(), to);
      }
    }
    p.after = thread;
    add("a thread classed as comments, the author's reply reading as a bio", p);
  }
  {
    Page p = PageIn(l);
    p.author.clear();
    p.after = Thread(l, Comment("harbourfam", l.ago, l.we_are));
    add("a reader's 'we are' comment on a page with no author", p);
  }
  {
    Page p = PageIn(l);
    p.paragraphs[2] = With(l.expert, other);
    add("a quoted expert described in the middle of the story", p);
  }
  {
    Page p = PageIn(l);
    p.paragraphs[4] = With(l.expert, other);
    add("a quoted expert described in the story's last paragraph", p);
  }
  {
    Page p = PageIn(l);
    p.bottom =
        "<div class=\"q5\"><h3>" + other + "</h3><p>1941 \xE2\x80\x93 2024</p><p>" + With(l.bio, other) + "</p></div>";
    add("an obituary's subject after the body", p);
  }
  {
    Page p = PageIn(l);
    p.paragraphs[1] += "</p><figure><img src=\"/img/port.jpg\" alt=\"\"><figcaption>" + std::string(l.photo) + ": " +
                       author + " / The Harbour Herald</figcaption></figure><p>" + l.prose;
    p.bottom = "<p class=\"q5\">" + std::string(l.photo) + ": " + author + ". Illustration: " + other + "</p>";
    add("a photo and an illustration credit naming the author", p);
  }
  {
    Page p = PageIn(l);
    p.after = "<div class=\"s1\"><div class=\"s2\"><h4>" + std::string(l.about_us) + "</h4><p>" + l.house +
              "</p></div></div>";
    add("an outlet's 'about us' box under a reporter's story", p);
  }
  {
    Page p = PageIn(l);
    p.bottom = "<div class=\"q5\"><h4>Harbour Shipping</h4><p>" + With(l.company, "Harbour Shipping") + "</p></div>";
    add("a press release's 'about the company' box", p);
  }
  {
    Page p = PageIn(l);
    p.after = "<div class=\"s1\"><div class=\"s3\"><img src=\"/img/face.jpg\" alt=\"" + author + "\"><h4>" + author +
              "</h4><p>" + With(l.newsletter, author) +
              "</p><form><input type=\"email\" name=\"e\"><button>OK</button></form></div></div>";
    add("a newsletter sign-up under the author's face", p);
  }
  {
    Page p = PageIn(l);
    std::string team = "<div class=\"t1\"><h3>" + std::string(l.team) + "</h3>";
    for (const std::string& n : {other, author, std::string(l.other2)}) {
      team +=
          "<div class=\"t2\"><img src=\"/img/t.jpg\" alt=\"\"><h4>" + n + "</h4><p>" + With(l.bio, n) + "</p></div>";
    }
    p.after = team + "</div>";
    add("a 'meet the team' list that includes the author", p);
    // The same list with no heading over it: a run of like cards, most of them of
    // people who did not write the article.
    p.after = "<div class=\"t1\">" + team.substr(team.find("<div class=\"t2\">")) + "</div>";
    add("a list of staff cards with no heading that includes the author", p);
  }
  {
    Page p = PageIn(l);
    p.after = "<div class=\"s1\"><div class=\"s4\"><img src=\"/img/p.jpg\" alt=\"\"><h4>" + other + "</h4><p>" +
              With(l.bio, other) + "</p></div></div>";
    add("another person's profile card in a sidebar", p);
  }
  {
    Page p = PageIn(l);
    p.ld_json = R"({"@context":"https://schema.org","@type":"Review","author":{"@type":"Person","name":")" + author +
                R"("},"itemReviewed":{"@type":"Book","name":"The Salt Road","author":{"@type":"Person","name":")" +
                other + R"(","description":")" + With(l.bio, other) + R"("}}})";
    p.bottom = "<div class=\"q5\"><h4>The Salt Road</h4><p>" + other + "</p><p>" + With(l.bio, other) +
               "</p><p>Harbour Press, 320</p></div>";
    add("a book review's box about the book's author", p);
  }
  {
    Page p = PageIn(l);
    p.after = "<div class=\"s1\"><div class=\"s5\"><img src=\"/img/h.jpg\" alt=\"" + other + "\"><h4>" + other +
              "</h4><p>" + With(l.host, other) + "</p><audio controls src=\"/pod/1.mp3\"></audio></div></div>";
    add("a podcast host's card", p);
  }
  {
    Page p = PageIn(l);
    p.after = "<div class=\"s1\"><div class=\"s6\"><span>Jobs</span><h4>The Harbour Herald</h4><p>" +
              std::string(l.hiring) + "</p></div></div>";
    add("a job advert of the outlet", p);
  }
  for (const char* hide : {" style=\"display:none\"", " aria-hidden=\"true\"", " hidden"}) {
    Page p = PageIn(l);
    p.bottom =
        "<div class=\"q6\"" + std::string(hide) + "><h4>" + author + "</h4><p>" + With(l.bio, author) + "</p></div>";
    add(std::string("the author's card hidden by") + hide, p);
  }
  {
    Page p = PageIn(l);
    p.bottom = "<template><div class=\"q6\"><h4>" + author + "</h4><p>" + With(l.bio, author) + "</p></div></template>";
    add("the author's card in a <template>", p);
  }
  return cases;
}

void ExpectNoBio(const NegativeCase& c, const Page& page, const std::string& mode) {
  const Article a = Extract(page);
  const std::vector<Signal> bios = Bios(a);
  EXPECT_TRUE(bios.empty()) << c.name << mode << "\n"
                            << Boxes(a)
                            << "bio: " << (bios.empty() ? "" : bios[0].rule + " | " + bios[0].evidence[0].text);
}

// The same page with the author's own card after the body: one bio, the author's,
// read from the card alone. (A page with no listed author has no control.)
void ExpectControl(const NegativeCase& c, Page page, const std::string& mode) {
  if (page.author.empty()) return;
  const Lang& l = *page.l;
  page.bottom += ControlCard(l);
  const Article a = Extract(page);
  const std::vector<Signal> bios = Bios(a);
  ASSERT_EQ(bios.size(), 1u) << c.name << mode << " (control)\n" << Boxes(a);
  for (const Evidence& e : bios[0].evidence) SCOPED_TRACE(bios[0].rule + " | " + e.text);
  EXPECT_EQ(bios[0].fields.at("author").as_string(), l.author) << c.name << mode << " (control)";
  EXPECT_EQ(bios[0].fields.at("kind").as_string(), "staff") << c.name << mode << " (control)";
  const std::string card = With(l.bio, l.author);
  for (const Evidence& e : bios[0].evidence) {
    EXPECT_NE(card.find(e.text), std::string::npos) << c.name << mode << " (control): evidence " << e.text;
  }
}

TEST(AuthorBioHardNegativesTest, NothingButTheAuthorsBioCounts) {
  for (const Lang& l : kLangs) {
    for (const NegativeCase& c : Negatives(l)) {
      for (const bool ld : {true, false}) {
        Page page = c.page;
        page.ld = ld;
        if (!ld) page.ld_json.clear();
        const std::string mode = ld ? " [JSON-LD]" : " [byline only]";
        ExpectNoBio(c, page, mode);
        ExpectControl(c, page, mode);
      }
    }
  }
}

}  // namespace
}  // namespace provscore
