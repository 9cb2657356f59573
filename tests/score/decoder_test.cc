#include "score/input/decoder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

#include "base/text.h"

namespace provscore {
namespace {

using ::testing::HasSubstr;

// Fixtures under tests/data/decode; the *.utf8.* files are the sources the
// other encodings were generated from with iconv (see the README there).
std::string ReadFixture(std::string_view name) {
  const std::string path = std::string(PROVSCORE_TEST_DATA) + "/decode/" + std::string(name);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot open fixture " << path;
    return {};
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const DocumentError* FindError(const DecodedText& d, std::string_view code) {
  for (const DocumentError& e : d.errors) {
    if (e.code == code) return &e;
  }
  return nullptr;
}

size_t CountErrors(const DecodedText& d, std::string_view code) {
  return static_cast<size_t>(
      std::count_if(d.errors.begin(), d.errors.end(), [&](const DocumentError& e) { return e.code == code; }));
}

constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";

TEST(DecoderTest, EmptyInputIsReported) {
  const DecodedText d = DecodeToUtf8("", ContentKind::kHtml, "");
  EXPECT_EQ(d.utf8, "");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "default");
  EXPECT_FALSE(d.looks_binary);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].code, kErrEmptyInput);
}

TEST(DecoderTest, ByteOrderMarkOnlyIsEmptyInput) {
  const DecodedText d = DecodeToUtf8("\xEF\xBB\xBF", ContentKind::kText, "");
  EXPECT_EQ(d.utf8, "");
  EXPECT_EQ(d.charset_source, "bom");
  EXPECT_NE(FindError(d, kErrEmptyInput), nullptr);
}

struct BomCase {
  const char* fixture;
  const char* charset;
};

class DecoderBomTest : public ::testing::TestWithParam<BomCase> {};

TEST_P(DecoderBomTest, ByteOrderMarkSelectsCharsetAndIsStripped) {
  const BomCase& c = GetParam();
  // The BOM outranks both an HTTP declaration and a <meta>.
  const std::string bytes = ReadFixture(c.fixture);
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kHtml, "koi8-r");
  EXPECT_EQ(d.charset, c.charset);
  EXPECT_EQ(d.charset_source, "bom");
  EXPECT_EQ(d.utf8, ReadFixture("ru.utf8.txt"));
  EXPECT_EQ(d.replaced, 0u);
  EXPECT_FALSE(d.looks_binary);
  EXPECT_TRUE(d.errors.empty());
}

INSTANTIATE_TEST_SUITE_P(AllMarks, DecoderBomTest,
                         ::testing::Values(BomCase{"ru.utf-8-bom.txt", "utf-8"},
                                           BomCase{"ru.utf-16le-bom.txt", "utf-16le"},
                                           BomCase{"ru.utf-16be-bom.txt", "utf-16be"}));

TEST(DecoderTest, HttpCharsetDecodesWindows1251) {
  const DecodedText d = DecodeToUtf8(ReadFixture("ru.windows-1251.txt"), ContentKind::kText, "windows-1251");
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.charset_source, "http");
  EXPECT_EQ(d.utf8, ReadFixture("ru.utf8.txt"));
  EXPECT_TRUE(d.errors.empty());
}

struct LabelCase {
  const char* declared;
  const char* bytes;
  const char* canonical;
  const char* utf8;
};

class DecoderLabelTest : public ::testing::TestWithParam<LabelCase> {};

TEST_P(DecoderLabelTest, HttpLabelAliasesFollowWhatwg) {
  const LabelCase& c = GetParam();
  const DecodedText d = DecodeToUtf8(c.bytes, ContentKind::kText, c.declared);
  EXPECT_EQ(d.charset, c.canonical) << "label " << c.declared;
  EXPECT_EQ(d.charset_source, "http");
  EXPECT_EQ(d.utf8, c.utf8);
  EXPECT_TRUE(d.errors.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Labels, DecoderLabelTest,
    ::testing::Values(
        LabelCase{"latin1", "caf\xE9", "windows-1252", "caf\xC3\xA9"},
        LabelCase{"ISO-8859-1", "\x93quoted\x94", "windows-1252", "\xE2\x80\x9Cquoted\xE2\x80\x9D"},
        LabelCase{"ascii", "na\xEFve", "windows-1252", "na\xC3\xAFve"},
        LabelCase{"us-ascii", "plain", "windows-1252", "plain"},
        LabelCase{"cp1251", "\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"},
        LabelCase{"  Windows-1251 ", "\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"},
        LabelCase{"text/html; charset=\"KOI8-R\"", "\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"},
        LabelCase{"x-sjis", "\x93\xFA\x96\x7B", "shift_jis", "\xE6\x97\xA5\xE6\x9C\xAC"},
        LabelCase{"Shift_JIS", "\x93\xFA\x96\x7B", "shift_jis", "\xE6\x97\xA5\xE6\x9C\xAC"},
        LabelCase{"gb2312", "\xD6\xD0\xCE\xC4", "gbk", "\xE4\xB8\xAD\xE6\x96\x87"},
        LabelCase{"iso8859-5", "\xBF\xE0\xD8\xD2\xD5\xE2", "iso-8859-5", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"},
        LabelCase{"utf8", "caf\xC3\xA9", "utf-8", "caf\xC3\xA9"}));

TEST(DecoderTest, Windows1252UndefinedBytesDecodeAsC1Controls) {
  // glibc leaves 0x81 undefined in CP1252; WHATWG maps it to U+0081, not U+FFFD.
  const DecodedText d = DecodeToUtf8("a\x81z", ContentKind::kText, "windows-1252");
  EXPECT_EQ(d.utf8, "a\xC2\x81z");
  EXPECT_EQ(d.replaced, 0u);
}

TEST(DecoderTest, Utf16LabelWithoutBomMeansLittleEndian) {
  const std::string bytes("H\0i\0", 4);
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "utf-16");
  EXPECT_EQ(d.charset, "utf-16le");
  EXPECT_EQ(d.utf8, "Hi");
  EXPECT_FALSE(d.looks_binary);
}

TEST(DecoderTest, MetaCharsetWindows1251IsDecoded) {
  const DecodedText d = DecodeToUtf8(ReadFixture("meta_charset.windows-1251.html"), ContentKind::kHtml, "");
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.charset_source, "meta");
  EXPECT_EQ(d.utf8, ReadFixture("meta_charset.utf8.html"));
  EXPECT_TRUE(d.errors.empty());
}

TEST(DecoderTest, HttpEquivContentTypeCharsetIsDecoded) {
  const DecodedText d = DecodeToUtf8(ReadFixture("http_equiv.windows-1251.html"), ContentKind::kHtml, "");
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.charset_source, "meta");
  EXPECT_EQ(d.utf8, ReadFixture("http_equiv.utf8.html"));
}

TEST(DecoderTest, HttpCharsetOutranksMetaCharset) {
  const DecodedText d = DecodeToUtf8(ReadFixture("meta_charset.windows-1251.html"), ContentKind::kHtml, "koi8-r");
  EXPECT_EQ(d.charset, "koi8-r");
  EXPECT_EQ(d.charset_source, "http");
}

TEST(DecoderTest, MetaCharsetIsIgnoredForPlainText) {
  const std::string bytes = "<meta charset=\"koi8-r\"> is how a page names its charset.\n";
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_NE(d.charset_source, "meta");
  EXPECT_EQ(d.utf8, bytes);
}

TEST(DecoderTest, MetaUtf16IsReadAsUtf8) {
  // A <meta> readable as ASCII proves the bytes are not UTF-16 (WHATWG prescan rule).
  const std::string bytes = "<meta charset=\"utf-16\"><p>caf\xC3\xA9</p>";
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kHtml, "");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "meta");
  EXPECT_EQ(d.utf8, bytes);
}

struct SniffCase {
  const char* name;
  std::string html;
  const char* expected;
};

class SniffMetaCharsetTest : public ::testing::TestWithParam<SniffCase> {};

TEST_P(SniffMetaCharsetTest, FindsDeclaredCharset) {
  const SniffCase& c = GetParam();
  EXPECT_EQ(SniffMetaCharset(c.html), c.expected) << c.html.substr(0, 120);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, SniffMetaCharsetTest,
    ::testing::Values(
        SniffCase{"QuotedCharset", "<meta charset=\"UTF-8\">", "utf-8"},
        SniffCase{"UnquotedCharset", "<head><meta charset=windows-1251></head>", "windows-1251"},
        SniffCase{"SingleQuotedSelfClosing", "<META CHARSET='Shift_JIS'/>", "shift_jis"},
        SniffCase{"SpacesAroundEquals", "<meta charset = \" gbk \" >", "gbk"},
        SniffCase{"HttpEquivContentType",
                  "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "iso-8859-1"},
        SniffCase{"ContentBeforeHttpEquiv",
                  "<meta content=\"text/html; charset=koi8-r\" http-equiv=content-type>", "koi8-r"},
        SniffCase{"QuotedCharsetInsideContent",
                  "<meta http-equiv='content-type' content='text/html;charset=\"euc-jp\"'>", "euc-jp"},
        SniffCase{"ContentWithoutHttpEquivIsIgnored", "<meta content=\"text/html; charset=koi8-r\">", ""},
        SniffCase{"DescriptionMentioningCharsetIsIgnored",
                  "<meta name=\"description\" content=\"charset=koi8-r explained\">", ""},
        SniffCase{"CommentedOutMetaIsSkipped", "<!-- <meta charset=\"koi8-r\"> --><meta charset=\"utf-8\">", "utf-8"},
        SniffCase{"OtherMetaTagsBeforeCharset",
                  "<meta name=viewport content=\"width=device-width\"><meta charset=big5>", "big5"},
        SniffCase{"MetadataElementIsNotMeta", "<metadata charset=\"koi8-r\">", ""},
        SniffCase{"NoMeta", "<html><p>no declaration here</p></html>", ""},
        SniffCase{"EmptyInput", "", ""},
        SniffCase{"TruncatedTag", "<meta charset=\"utf-8\"", "utf-8"},
        SniffCase{"BeyondFirst4KiB", std::string(5000, ' ') + "<meta charset=\"koi8-r\">", ""}),
    [](const ::testing::TestParamInfo<SniffCase>& param_info) { return std::string(param_info.param.name); });

struct DetectCase {
  const char* encoded;
  const char* original;
  std::vector<std::string> charsets;  // acceptable names
};

class DecoderDetectTest : public ::testing::TestWithParam<DetectCase> {};

TEST_P(DecoderDetectTest, UndeclaredLegacyCharsetIsDetected) {
  const DetectCase& c = GetParam();
  const DecodedText d = DecodeToUtf8(ReadFixture(c.encoded), ContentKind::kText, "");
  EXPECT_THAT(c.charsets, ::testing::Contains(d.charset));
  EXPECT_EQ(d.charset_source, "detected");
  EXPECT_EQ(d.utf8, ReadFixture(c.original));
  EXPECT_EQ(d.replaced, 0u);
  EXPECT_TRUE(d.errors.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Samples, DecoderDetectTest,
    ::testing::Values(DetectCase{"ru.windows-1251.txt", "ru.utf8.txt", {"windows-1251"}},
                      DetectCase{"ja.shift_jis.txt", "ja.utf8.txt", {"shift_jis"}},
                      DetectCase{"zh.gbk.txt", "zh.utf8.txt", {"gbk", "gb18030"}}));

TEST(DecoderTest, UndeclaredValidUtf8IsDetectedAsUtf8) {
  const std::string bytes = ReadFixture("ja.utf8.txt");
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "detected");
  EXPECT_EQ(d.utf8, bytes);
}

TEST(DecoderTest, PureAsciiUsesUtf8Default) {
  const DecodedText d = DecodeToUtf8("Just ASCII.\n", ContentKind::kHtml, "");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "default");
  EXPECT_EQ(d.utf8, "Just ASCII.\n");
}

TEST(DecoderTest, WrongDeclaredCharsetIsHonoured) {
  // Browsers trust the header; so do we. The result is mojibake, but valid UTF-8.
  const DecodedText d = DecodeToUtf8(ReadFixture("ru.windows-1251.txt"), ContentKind::kText, "koi8-r");
  EXPECT_EQ(d.charset, "koi8-r");
  EXPECT_EQ(d.charset_source, "http");
  EXPECT_NE(d.utf8, ReadFixture("ru.utf8.txt"));
  EXPECT_TRUE(IsValidUtf8(d.utf8));
  EXPECT_EQ(d.replaced, 0u);
}

TEST(DecoderTest, ValidUtf8BeatsADeclaredLegacyCharset) {
  // A page that moved to UTF-8 but still declares iso-8859-1: reading it as declared
  // would turn "står" into "stÃ¥r".
  const std::string html = "<meta charset=\"iso-8859-1\"><p>Den kollektive trafik st\xC3\xA5r stille.</p>";
  const DecodedText d = DecodeToUtf8(html, ContentKind::kHtml, "");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "detected");
  EXPECT_NE(d.utf8.find("st\xC3\xA5r"), std::string::npos);
  // Legacy bytes that are not valid UTF-8 keep the declaration.
  const DecodedText legacy = DecodeToUtf8("<meta charset=\"iso-8859-1\"><p>st\xE5r</p>", ContentKind::kHtml, "");
  EXPECT_EQ(legacy.charset_source, "meta");
  EXPECT_NE(legacy.utf8.find("st\xC3\xA5r"), std::string::npos);
}

TEST(DecoderTest, DeclaredUtf8OverLegacyBytesReplacesAndReports) {
  const std::string bytes = ReadFixture("ru.windows-1251.txt");
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "utf-8");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "http");
  EXPECT_TRUE(IsValidUtf8(d.utf8));
  EXPECT_GT(d.replaced, 100u);
  EXPECT_EQ(CountErrors(d, kErrInvalidUtf8), 1u);
  // ASCII survives: every line break is still there.
  EXPECT_EQ(std::count(d.utf8.begin(), d.utf8.end(), '\n'), std::count(bytes.begin(), bytes.end(), '\n'));
}

TEST(DecoderTest, UnknownHttpCharsetIsReportedAndDetectionUsed) {
  const DecodedText d =
      DecodeToUtf8(ReadFixture("ru.windows-1251.txt"), ContentKind::kText, "x-no-such-charset");
  const DocumentError* e = FindError(d, kErrCharsetUnknown);
  ASSERT_NE(e, nullptr);
  EXPECT_THAT(e->message, HasSubstr("x-no-such-charset"));
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.charset_source, "detected");
  EXPECT_EQ(d.utf8, ReadFixture("ru.utf8.txt"));
}

TEST(DecoderTest, CharsetLabelWithIconvSuffixIsUnknown) {
  const DecodedText d = DecodeToUtf8("plain", ContentKind::kText, "utf-8//TRANSLIT");
  EXPECT_NE(FindError(d, kErrCharsetUnknown), nullptr);
  EXPECT_EQ(d.charset_source, "default");
  EXPECT_EQ(d.utf8, "plain");
}

TEST(DecoderTest, UnknownMetaCharsetFallsThroughToDetection) {
  const std::string bytes = "<meta charset=\"bogus-7\"><p>" + ReadFixture("ru.utf8.txt") + "</p>";
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kHtml, "");
  const DocumentError* e = FindError(d, kErrCharsetUnknown);
  ASSERT_NE(e, nullptr);
  EXPECT_THAT(e->message, HasSubstr("bogus-7"));
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "detected");
  EXPECT_EQ(d.utf8, bytes);
}

TEST(DecoderTest, InvalidUtf8IsReplacedAndReported) {
  const DecodedText d = DecodeToUtf8(ReadFixture("invalid_utf8.html"), ContentKind::kHtml, "");
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_EQ(d.charset_source, "meta");
  const std::string r = kReplacementUtf8;
  EXPECT_EQ(d.utf8, "<meta charset=\"utf-8\"><p>caf" + r + " au lait " + r + " and " + r + r + " and " + r +
                        " end</p>\n");
  EXPECT_EQ(d.replaced, 5u);
  ASSERT_EQ(CountErrors(d, kErrInvalidUtf8), 1u);
  EXPECT_THAT(FindError(d, kErrInvalidUtf8)->message, HasSubstr("5 invalid byte sequences"));
  EXPECT_FALSE(d.looks_binary);
}

TEST(DecoderTest, IllegalLegacySequenceIsReplaced) {
  // 0xA0 is not a Shift_JIS lead byte in CP932's tables.
  const DecodedText d = DecodeToUtf8("a\xA0" "b\x93\xFA", ContentKind::kText, "shift_jis");
  EXPECT_EQ(d.utf8, std::string("a") + kReplacementUtf8 + "b\xE6\x97\xA5");
  EXPECT_EQ(d.replaced, 1u);
  EXPECT_NE(FindError(d, kErrInvalidUtf8), nullptr);
}

TEST(DecoderTest, TruncatedMultibyteSequenceAtEndIsReplaced) {
  const DecodedText d = DecodeToUtf8("ok\x93", ContentKind::kText, "shift_jis");
  EXPECT_EQ(d.utf8, std::string("ok") + kReplacementUtf8);
  EXPECT_EQ(d.replaced, 1u);
}

TEST(DecoderTest, OddTrailingByteInUtf16IsReplaced) {
  const std::string bytes("\xFF\xFE" "A\0B", 5);
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_EQ(d.utf8, std::string("A") + kReplacementUtf8);
  EXPECT_EQ(d.replaced, 1u);
}

TEST(DecoderTest, LoneSurrogateInUtf16IsReplaced) {
  const std::string bytes("\xFF\xFE" "\x00\xD8" "A\0", 6);
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_TRUE(IsValidUtf8(d.utf8));
  EXPECT_THAT(d.utf8, HasSubstr(kReplacementUtf8));
  EXPECT_THAT(d.utf8, ::testing::EndsWith("A"));
  EXPECT_GE(d.replaced, 1u);
}

TEST(DecoderTest, StatefulIso2022JpIsDecoded) {
  const DecodedText d =
      DecodeToUtf8("\x1B$B" "F|K\\" "\x1B(B" " ok", ContentKind::kText, "csISO2022JP");
  EXPECT_EQ(d.charset, "iso-2022-jp");
  EXPECT_EQ(d.utf8, "\xE6\x97\xA5\xE6\x9C\xAC ok");
  EXPECT_EQ(d.replaced, 0u);
}

TEST(DecoderTest, BomlessUtf16LittleEndianIsDetected) {
  const std::string text = "A plain English sentence saved by a Windows editor.";
  std::string bytes;
  for (const char c : text) {
    bytes.push_back(c);
    bytes.push_back('\0');
  }
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_EQ(d.charset, "utf-16le");
  EXPECT_EQ(d.charset_source, "detected");
  EXPECT_FALSE(d.looks_binary);
  EXPECT_EQ(d.utf8, text);
}

TEST(DecoderTest, PngHeaderWithNulBytesLooksBinary) {
  const std::string bytes = ReadFixture("not_an_article.png");
  const auto nuls = std::count(bytes.begin(), bytes.end(), '\0');
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kHtml, "");
  EXPECT_TRUE(d.looks_binary);
  const DocumentError* e = FindError(d, kErrBinaryInput);
  ASSERT_NE(e, nullptr);
  EXPECT_THAT(e->message, HasSubstr("(" + std::to_string(nuls) + " NUL bytes"));
  EXPECT_THAT(e->message, HasSubstr("is this an article?"));
  EXPECT_TRUE(IsValidUtf8(d.utf8));
}

TEST(DecoderTest, RandomBytesLookBinaryAndStillDecode) {
  std::mt19937 rng(20220221);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string bytes(64 * 1024, '\0');
  for (char& c : bytes) c = static_cast<char>(byte(rng));
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kHtml, "");
  EXPECT_TRUE(d.looks_binary);
  EXPECT_NE(FindError(d, kErrBinaryInput), nullptr);
  EXPECT_EQ(d.charset_source, "default");
  EXPECT_TRUE(IsValidUtf8(d.utf8));
  EXPECT_GT(d.replaced, 0u);
}

TEST(DecoderTest, ControlCharactersWithoutNulLookBinary) {
  std::string bytes;
  for (int i = 0; i < 200; ++i) bytes += "ab\x01\x02\x1B";
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_TRUE(d.looks_binary);
  const DocumentError* e = FindError(d, kErrBinaryInput);
  ASSERT_NE(e, nullptr);
  EXPECT_THAT(e->message, HasSubstr("(0 NUL bytes, 600 control characters"));
}

TEST(DecoderTest, AStrayNulInTextIsDroppedNotBinary) {
  const std::string text = "<p>The council met on Tuesday evening in the town hall. It approved the budget for the "
                           "harbour bridge and the new library.</p>";
  std::string bytes = text;
  bytes.insert(40, 1, '\0');
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kHtml, "");
  EXPECT_FALSE(d.looks_binary);
  EXPECT_EQ(FindError(d, kErrBinaryInput), nullptr);
  EXPECT_EQ(d.utf8, text);
}

TEST(DecoderTest, TextLayoutControlCharactersAreNotBinary) {
  const std::string bytes = "Title\r\n\tIndented line\f\r\nNext page\n";
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_FALSE(d.looks_binary);
  EXPECT_TRUE(d.errors.empty());
  EXPECT_EQ(d.utf8, bytes);
}

TEST(DecoderTest, TwentyMegabyteLegacyInputDecodes) {
  const std::string unit = ReadFixture("ru.windows-1251.txt");
  const std::string expected_unit = ReadFixture("ru.utf8.txt");
  ASSERT_FALSE(unit.empty());
  const size_t copies = (20u << 20) / unit.size() + 1;
  std::string bytes;
  std::string expected;
  bytes.reserve(copies * unit.size());
  expected.reserve(copies * expected_unit.size());
  for (size_t i = 0; i < copies; ++i) {
    bytes += unit;
    expected += expected_unit;
  }
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "");
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.utf8.size(), expected.size());
  EXPECT_TRUE(d.utf8 == expected);  // not EXPECT_EQ: a 20 MB diff is no help
  EXPECT_EQ(d.replaced, 0u);
}

TEST(DecoderTest, TwentyMegabyteUtf8InputWithOneBadByteDecodes) {
  std::string bytes;
  const std::string line = "Caf\xC3\xA9 society \xE2\x80\x94 a line of text.\n";
  bytes.reserve((20u << 20) + line.size());
  while (bytes.size() < (20u << 20)) bytes += line;
  const size_t middle = bytes.size() / 2 / line.size() * line.size();
  bytes[middle] = '\xFF';
  const DecodedText d = DecodeToUtf8(bytes, ContentKind::kText, "utf-8");
  EXPECT_EQ(d.replaced, 1u);
  EXPECT_EQ(d.utf8.size(), bytes.size() + 2);
  EXPECT_EQ(d.utf8.substr(middle, 3), kReplacementUtf8);
  EXPECT_EQ(CountErrors(d, kErrInvalidUtf8), 1u);
}

}  // namespace
}  // namespace provscore
