// TextExtractor: a plain-text article (as copied from a news page) -> Article.
// The first non-empty line is the title; a byline ("By Jane Doe", ">> Jane Doe and
// John Roe, The New York Times", "(Headquarters reporter ...)") and a dateline or
// date line near the top are read from the text. Paragraphs are separated by blank
// lines or single line breaks; each becomes a TextBlock. Thread-safe, stateless.
//
//   Article a = ExtractTextArticle(utf8_text);
#pragma once

#include <string_view>

#include "score/article.h"

namespace provscore {

Article ExtractTextArticle(std::string_view utf8_text);

}  // namespace provscore
