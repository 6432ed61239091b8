// Status: the one error path of baocao. No exceptions cross a stage boundary;
// a failing call returns a Status whose reason() is a single line a district
// clerk can read. That line becomes the quarantine reason unchanged, so write
// it for people: "zip bomb: 2.1 GiB uncompressed exceeds the 512 MiB limit",
// not "error -7".
//
//   Status s = reader.Read(path, &doc);
//   if (!s.ok()) quarantine(path, s.ToString());
//
// Result<T> carries either a value or a non-OK Status:
//
//   Result<Document> r = ReadDocx(path);
//   if (!r.ok()) return r.status();
//   Document doc = std::move(r).value();
//
// Thread safety: Status and Result are values; copies may be used from any
// thread.
#ifndef BAOCAO_UTIL_STATUS_H_
#define BAOCAO_UTIL_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace baocao {

class Status {
 public:
  // The kinds are stored in the database (quarantine table): never renumber.
  enum class Code : int {
    kOk = 0,
    kInvalidInput = 1,   // the file is not what it claims, or is malformed
    kUnsupported = 2,    // a format or feature we do not read
    kHostile = 3,        // a limit tripped: zip bomb, deep nesting, DTD
    kEncrypted = 4,      // password protected
    kIoError = 5,        // the file system refused
    kNotFound = 6,
    kInternal = 7,       // a bug or an environment problem, not the file
    kBusy = 8,           // another run holds the lock
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string reason) { return Status(Code::kInvalidInput, std::move(reason)); }
  static Status Unsupported(std::string reason) { return Status(Code::kUnsupported, std::move(reason)); }
  static Status Hostile(std::string reason) { return Status(Code::kHostile, std::move(reason)); }
  static Status Encrypted(std::string reason) { return Status(Code::kEncrypted, std::move(reason)); }
  static Status IoError(std::string reason) { return Status(Code::kIoError, std::move(reason)); }
  static Status NotFound(std::string reason) { return Status(Code::kNotFound, std::move(reason)); }
  static Status Internal(std::string reason) { return Status(Code::kInternal, std::move(reason)); }
  static Status Busy(std::string reason) { return Status(Code::kBusy, std::move(reason)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // One line, no trailing newline. Empty when ok().
  const std::string& reason() const { return reason_; }
  // "ok", or the reason prefixed by nothing: reasons already name their kind.
  std::string ToString() const { return ok() ? "ok" : reason_; }

 private:
  Status(Code code, std::string reason) : code_(code), reason_(std::move(reason)) {}
  Code code_ = Code::kOk;
  std::string reason_;
};

// Either a T or a non-OK Status. REQUIRES: the Status given is not OK.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}    // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok().
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace baocao

#endif  // BAOCAO_UTIL_STATUS_H_
