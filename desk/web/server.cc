#include "desk/web/server.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>

namespace baocao::web {
namespace {

WebRequest FromHttplib(const httplib::Request& in) {
  WebRequest r;
  r.method = in.method;
  r.path = in.path;
  r.remote_addr = in.remote_addr;
  for (const auto& [k, v] : in.headers) {
    std::string name = k;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    r.headers[name] = v;
  }
  for (const auto& [k, v] : in.params) r.query.emplace(k, v);
  if (in.is_multipart_form_data()) {
    for (const auto& [k, f] : in.files) {
      if (f.filename.empty()) {
        r.form.emplace(k, f.content);
      } else {
        r.uploads.push_back({k, f.filename, f.content});
      }
    }
  } else if (in.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0) {
    for (const auto& [k, v] : ParseForm(in.body)) r.form.emplace(k, v);
  }
  return r;
}

void ToHttplib(const WebResponse& in, httplib::Response* out) {
  out->status = in.status;
  for (const auto& [k, v] : in.headers) out->set_header(k, v);
  out->set_content(in.body, in.content_type);
}

}  // namespace

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

Status ParseListen(const std::string& listen, std::string* host, int* port) {
  std::string h = "127.0.0.1", p = listen;
  if (!listen.empty() && listen[0] == '[') {
    std::size_t close = listen.find("]:");
    if (close == std::string::npos) return Status::InvalidInput("--listen takes HOST:PORT, e.g. 127.0.0.1:8080");
    h = listen.substr(1, close - 1);
    p = listen.substr(close + 2);
  } else if (std::size_t colon = listen.rfind(':'); colon != std::string::npos) {
    h = listen.substr(0, colon);
    p = listen.substr(colon + 1);
  }
  if (h.empty() || p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(p) > 65535) {
    return Status::InvalidInput("--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not '" + listen + "'");
  }
  *host = h;
  *port = std::stoi(p);
  return Status::Ok();
}

Result<std::unique_ptr<DeskServer>> DeskServer::Bind(DeskApp* app, const std::string& host, int port) {
  std::unique_ptr<DeskServer> s(new DeskServer());
  s->server_ = std::make_unique<httplib::Server>();
  httplib::Server& srv = *s->server_;
  // Uploads larger than the limit are refused before they are read whole.
  srv.set_payload_max_length(app->options().max_upload_bytes + (1u << 20));
  srv.set_read_timeout(30, 0);
  srv.set_write_timeout(30, 0);
  auto handler = [app](const httplib::Request& req, httplib::Response& res) {
    ToHttplib(app->Handle(FromHttplib(req)), &res);
  };
  srv.Get(".*", handler);
  srv.Post(".*", handler);
  srv.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("internal error\n", "text/plain; charset=utf-8");
  });
  srv.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) {
      res.set_content(res.status == 413 ? "file too large\n" : "error " + std::to_string(res.status) + "\n",
                      "text/plain; charset=utf-8");
    }
  });
  if (port == 0) {
    int bound = srv.bind_to_any_port(host);
    if (bound <= 0) return Status::IoError("cannot listen on " + host);
    s->port_ = bound;
  } else {
    if (!srv.bind_to_port(host, port)) {
      return Status::IoError("cannot listen on " + host + ":" + std::to_string(port) +
                             " (taken by another program, or not an address of this machine)");
    }
    s->port_ = port;
  }
  return s;
}

DeskServer::~DeskServer() { Stop(); }

bool DeskServer::Run() { return server_->listen_after_bind(); }

void DeskServer::Stop() {
  if (server_) server_->stop();
}

}  // namespace baocao::web
