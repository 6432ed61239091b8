// The frame every page shares, the log-in page and the error page.
#include "desk/html.h"
#include "desk/web/pages.h"

namespace baocao::web {
namespace {

std::string NavLink(const PageContext& ctx, const std::string& href, const std::string& key, bool active) {
  return "<a href=\"" + href + "\"" + (active ? " class=\"on\" aria-current=\"page\"" : "") + ">" +
         html::Escape(ctx.T(key)) + "</a>";
}

std::string Head(Lang lang, const std::string& title, const std::string& csrf) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(LangCode(lang)) + "\"><head><meta charset=\"utf-8\">";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  out += "<meta name=\"csrf-token\" content=\"" + html::Escape(csrf) + "\">";
  out += "<title>" + html::Escape(title) + " · baocao</title>";
  out += "<link rel=\"stylesheet\" href=\"/assets/desk.css\"><script src=\"/assets/desk.js\" defer></script>";
  out += "</head>";
  return out;
}

}  // namespace

std::string Frame(const PageContext& ctx, const std::string& title, const std::string& active,
                  const std::string& page, const std::string& body) {
  std::string out = Head(ctx.lang, title, ctx.csrf);
  out += "<body data-page=\"" + html::Escape(page) + "\" data-lang=\"" + LangCode(ctx.lang) + "\">";
  out += "<header class=\"top\"><span class=\"brand\">baocao</span><nav>";
  out += NavLink(ctx, "/inbox", "nav.inbox", active == "inbox");
  out += NavLink(ctx, "/documents", "nav.documents", active == "documents");
  out += NavLink(ctx, "/diff", "nav.diff", active == "diff");
  out += NavLink(ctx, "/rollup", "nav.rollup", active == "rollup");
  out += "</nav><span class=\"who\">";
  out += html::Escape(ctx.user) + " · " + html::Escape(ctx.T(std::string("role.") + RoleName(ctx.role)));
  Lang other = ctx.lang == Lang::kVi ? Lang::kEn : Lang::kVi;
  out += " · <a class=\"lang\" href=\"/lang?to=" + std::string(LangCode(other)) + "&amp;back=" +
         html::Escape(UrlEncode(ctx.here)) + "\">" + html::Escape(Tr(other, "lang.name")) + "</a>";
  if (ctx.accounts) {
    out += " <form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"" +
           html::Escape(ctx.csrf) + "\"><button type=\"submit\">" + html::Escape(ctx.T("auth.logout")) +
           "</button></form>";
  }
  out += "</span></header><main>";
  out += body;
  out += "</main></body></html>\n";
  return out;
}

WebResponse HtmlPage(std::string html, int status) {
  WebResponse r;
  r.status = status;
  r.body = std::move(html);
  return r;
}

WebResponse ErrorPage(const PageContext& ctx, int status, const std::string& message) {
  std::string body = "<h1>" + std::to_string(status) + "</h1><p class=\"error\">" + html::Escape(message) + "</p>";
  return HtmlPage(Frame(ctx, std::to_string(status), "", "error", body), status);
}

std::string LoginPage(Lang lang, const std::string& login_csrf, const std::string& next, const std::string& error) {
  std::string out = Head(lang, Tr(lang, "auth.title"), login_csrf);
  out += "<body data-page=\"login\"><main class=\"login\"><h1>baocao</h1>";
  out += "<p>" + html::Escape(Tr(lang, "auth.intro")) + "</p>";
  if (!error.empty()) out += "<p class=\"error\" role=\"alert\">" + html::Escape(error) + "</p>";
  out += "<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"csrf\" value=\"" +
         html::Escape(login_csrf) + "\"><input type=\"hidden\" name=\"next\" value=\"" + html::Escape(next) + "\">";
  out += "<label>" + html::Escape(Tr(lang, "auth.name")) +
         " <input name=\"name\" autocomplete=\"username\" required autofocus></label>";
  out += "<label>" + html::Escape(Tr(lang, "auth.password")) +
         " <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>";
  out += "<button type=\"submit\">" + html::Escape(Tr(lang, "auth.login")) + "</button></form>";
  Lang other = lang == Lang::kVi ? Lang::kEn : Lang::kVi;
  out += "<p><a href=\"/lang?to=" + std::string(LangCode(other)) + "&amp;back=%2Flogin\">" +
         html::Escape(Tr(other, "lang.name")) + "</a></p>";
  out += "</main></body></html>\n";
  return out;
}

}  // namespace baocao::web
