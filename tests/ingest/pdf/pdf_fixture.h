// Hand-made PDFs for the PDF reader's tests: pages of text (standard
// Helvetica, WinAnsi bytes) and ruling lines, with /Rotate, crop boxes,
// fonts with a chosen name or a ToUnicode map, and the standard security
// handler (RC4, revision 2) for encrypted files. Written here, byte by byte,
// so every fixture is readable in the test that uses it.
//
//   PdfFixture pdf;
//   pdf.AddPage();
//   pdf.Text(72, 770, 12, "Top line");        // PDF coordinates: origin bottom left
//   pdf.Line(72, 700, 300, 700);
//   std::string bytes = pdf.Build();
#ifndef BAOCAO_TESTS_INGEST_PDF_PDF_FIXTURE_H_
#define BAOCAO_TESTS_INGEST_PDF_PDF_FIXTURE_H_

#include <openssl/evp.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

class PdfFixture {
 public:
  struct Font {
    std::string base = "Helvetica";  // the /BaseFont name
    // Code -> Unicode text (UTF-16BE hex, e.g. "E041" or "00610301") for a
    // ToUnicode map; empty for none.
    std::map<unsigned char, std::string> to_unicode;
  };

  // Starts a page; later Text/Line calls draw on it.
  void AddPage(double width = 595, double height = 842, int rotate = 0, std::string crop_box = "") {
    pages_.push_back({width, height, rotate, std::move(crop_box), ""});
  }
  // Registers a font; returns its resource name ("F2"). F1 is Helvetica.
  std::string AddFont(Font font) {
    fonts_.push_back(std::move(font));
    return "F" + std::to_string(fonts_.size() + 1);
  }
  // `text` is WinAnsi bytes. `angle_quarter` turns the text anticlockwise.
  void Text(double x, double y, double size, const std::string& text, const std::string& font = "F1",
            int angle_quarter = 0) {
    static const char* const kMatrix[] = {"1 0 0 1", "0 1 -1 0", "-1 0 0 -1", "0 -1 1 0"};
    char head[160];
    std::snprintf(head, sizeof head, "BT /%s %.2f Tf %s %.2f %.2f Tm (", font.c_str(), size, kMatrix[angle_quarter & 3],
                  x, y);
    std::string s = head;
    for (char c : text) {
      if (c == '(' || c == ')' || c == '\\') s += '\\';
      s += c;
    }
    s += ") Tj ET\n";
    pages_.back().content += s;
  }
  void Line(double x0, double y0, double x1, double y1, double width = 0.5) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.2f w %.2f %.2f m %.2f %.2f l S\n", width, x0, y0, x1, y1);
    pages_.back().content += buf;
  }
  // A filled black rectangle (a logo, a photo's dark area).
  void Fill(double x, double y, double w, double h) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f %.2f re f\n", x, y, w, h);
    pages_.back().content += buf;
  }
  // A grid of ruling lines: `xs` column edges, `ys` row edges (top down).
  void Grid(const std::vector<double>& xs, const std::vector<double>& ys) {
    for (double y : ys) Line(xs.front(), y, xs.back(), y);
    for (double x : xs) Line(x, ys.front(), x, ys.back());
  }
  // Encrypts with the standard security handler (RC4 40-bit); an empty user
  // password opens without asking.
  void Encrypt(std::string user_password, std::string owner_password) {
    encrypt_ = true;
    user_ = std::move(user_password);
    owner_ = std::move(owner_password);
  }

  std::string Build() const {
    // Objects: 1 catalog, 2 pages, fonts, then per page: page, content.
    std::vector<std::string> objects(2);
    std::vector<bool> is_stream(2, false);
    std::vector<std::string> stream_data(2);
    std::string font_refs;
    auto add = [&](std::string dict, bool stream = false, std::string data = "") {
      objects.push_back(std::move(dict));
      is_stream.push_back(stream);
      stream_data.push_back(std::move(data));
      return objects.size();  // object number
    };
    std::size_t helvetica = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    font_refs += "/F1 " + std::to_string(helvetica) + " 0 R ";
    for (std::size_t i = 0; i < fonts_.size(); ++i) {
      std::string extra;
      if (!fonts_[i].to_unicode.empty()) {
        std::string cmap =
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def "
            "1 begincodespacerange <00> <FF> endcodespacerange ";
        cmap += std::to_string(fonts_[i].to_unicode.size()) + " beginbfchar ";
        for (const auto& [code, unicode] : fonts_[i].to_unicode) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "%02X", code);
          cmap += std::string("<") + hex + "> <" + unicode + "> ";
        }
        cmap += "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
        std::size_t n = add("", true, cmap);
        extra = " /ToUnicode " + std::to_string(n) + " 0 R";
      }
      std::size_t f = add("<< /Type /Font /Subtype /Type1 /BaseFont /" + fonts_[i].base +
                          " /Encoding /WinAnsiEncoding" + extra + " >>");
      font_refs += "/F" + std::to_string(i + 2) + " " + std::to_string(f) + " 0 R ";
    }
    std::string kids;
    for (const Page& p : pages_) {
      std::size_t content = add("", true, p.content);
      char box[128];
      std::snprintf(box, sizeof box, "[0 0 %.2f %.2f]", p.width, p.height);
      std::string dict = "<< /Type /Page /Parent 2 0 R /MediaBox " + std::string(box);
      if (p.rotate != 0) dict += " /Rotate " + std::to_string(p.rotate);
      if (!p.crop_box.empty()) dict += " /CropBox [" + p.crop_box + "]";
      dict += " /Resources << /Font << " + font_refs + ">> >> /Contents " + std::to_string(content) + " 0 R >>";
      std::size_t page = add(dict);
      kids += std::to_string(page) + " 0 R ";
    }
    objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) + " >>";

    const std::string id = "0123456789abcdef";
    std::string key, o, u;
    const int permissions = -4;
    if (encrypt_) {
      o = Rc4(Md5(Pad(owner_.empty() ? user_ : owner_)).substr(0, 5), Pad(user_));
      std::string p4(4, '\0');
      for (int i = 0; i < 4; ++i) p4[static_cast<std::size_t>(i)] = static_cast<char>((permissions >> (8 * i)) & 0xFF);
      key = Md5(Pad(user_) + o + p4 + id).substr(0, 5);
      u = Rc4(key, Pad(""));
    }

    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
      offsets.push_back(out.size());
      out += std::to_string(i + 1) + " 0 obj\n";
      if (is_stream[i]) {
        std::string data = stream_data[i];
        if (encrypt_) data = Rc4(ObjectKey(key, i + 1), data);
        out += "<< /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
      } else {
        out += objects[i];
      }
      out += "\nendobj\n";
    }
    std::size_t encrypt_obj = 0;
    if (encrypt_) {
      encrypt_obj = objects.size() + 1;
      offsets.push_back(out.size());
      out += std::to_string(encrypt_obj) + " 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <" + Hex(o) + "> /U <" +
             Hex(u) + "> /P " + std::to_string(permissions) + " >>\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t off : offsets) {
      char line[24];
      std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
      out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R /ID [<" + Hex(id) + "> <" +
           Hex(id) + ">]";
    if (encrypt_) out += " /Encrypt " + std::to_string(encrypt_obj) + " 0 R";
    out += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
  }

 private:
  struct Page {
    double width, height;
    int rotate;
    std::string crop_box;
    std::string content;
  };

  static std::string Pad(const std::string& password) {
    static const unsigned char kPad[32] = {0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E,
                                           0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68,
                                           0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A};
    std::string out = password.substr(0, 32);
    for (std::size_t i = 0; out.size() < 32; ++i) out.push_back(static_cast<char>(kPad[i]));
    return out;
  }
  static std::string Md5(const std::string& data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(data.data(), data.size(), digest, &n, EVP_md5(), nullptr);
    return std::string(reinterpret_cast<char*>(digest), n);
  }
  static std::string Rc4(const std::string& key, const std::string& data) {
    unsigned char s[256];
    for (int i = 0; i < 256; ++i) s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
      j = (j + s[i] + static_cast<unsigned char>(key[static_cast<std::size_t>(i) % key.size()])) & 0xFF;
      std::swap(s[i], s[j]);
    }
    std::string out = data;
    for (std::size_t k = 0, i = 0, j = 0; k < out.size(); ++k) {
      i = (i + 1) & 0xFF;
      j = (j + s[i]) & 0xFF;
      std::swap(s[i], s[j]);
      out[k] = static_cast<char>(static_cast<unsigned char>(out[k]) ^ s[(s[i] + s[j]) & 0xFF]);
    }
    return out;
  }
  static std::string ObjectKey(const std::string& key, std::size_t number) {
    std::string k = key;
    k.push_back(static_cast<char>(number & 0xFF));
    k.push_back(static_cast<char>((number >> 8) & 0xFF));
    k.push_back(static_cast<char>((number >> 16) & 0xFF));
    k.push_back('\0');
    k.push_back('\0');
    return Md5(k).substr(0, key.size() + 5);
  }
  static std::string Hex(const std::string& bytes) {
    std::string out;
    char buf[3];
    for (char c : bytes) {
      std::snprintf(buf, sizeof buf, "%02X", static_cast<unsigned char>(c));
      out += buf;
    }
    return out;
  }

  std::vector<Page> pages_;
  std::vector<Font> fonts_;
  bool encrypt_ = false;
  std::string user_, owner_;
};

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_INGEST_PDF_PDF_FIXTURE_H_
