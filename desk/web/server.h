// `baocao serve` on the network: cpp-httplib (Debian's libcpp-httplib)
// carries requests to DeskApp::Handle (app.h) and back. The only file that
// knows httplib.
//
//   Result<std::unique_ptr<DeskServer>> s = DeskServer::Bind(app.get(), "127.0.0.1", 8080);
//   s.value()->Run();      // until Stop() (from a signal handler's thread or a test)
//
// Thread safety: Run() blocks one thread; Stop() may be called from another.
#ifndef BAOCAO_DESK_WEB_SERVER_H_
#define BAOCAO_DESK_WEB_SERVER_H_

#include <memory>
#include <string>

#include "desk/web/app.h"
#include "util/status.h"

namespace httplib {
class Server;
}

namespace baocao::web {

// True for 127.0.0.0/8, ::1 and "localhost": the addresses where no
// account is required.
bool IsLoopback(const std::string& host);

// "127.0.0.1:8080" -> host and port; "[::1]:8080" too; a bare port "8080"
// means 127.0.0.1. InvalidInput otherwise.
Status ParseListen(const std::string& listen, std::string* host, int* port);

class DeskServer {
 public:
  // Binds `host`:`port` (port 0: any free port, see port()). IoError when
  // the address is taken or not ours.
  static Result<std::unique_ptr<DeskServer>> Bind(DeskApp* app, const std::string& host, int port);
  ~DeskServer();
  DeskServer(const DeskServer&) = delete;
  DeskServer& operator=(const DeskServer&) = delete;

  int port() const { return port_; }
  // Serves until Stop(); false when the listening socket failed.
  bool Run();
  void Stop();

 private:
  DeskServer() = default;
  std::unique_ptr<httplib::Server> server_;
  int port_ = 0;
};

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_SERVER_H_
