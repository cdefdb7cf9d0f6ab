#pragma once
// The one shape of an operation that can refuse: either its value, or the
// refusal with every reason (a Dutch message and where it applies). Reading a
// file, decoding a link, setting a field and opening anything in the interface
// all return it; [[nodiscard]] makes the compiler object when a refusal would
// be dropped on the floor.

#include "issues.hpp"

#include <optional>
#include <string>
#include <utility>

namespace vth {

struct Refusal {
  Issues issues; // at least one

  // The first reason, as a user reads it in a field or a dialog.
  const std::string& message() const { return issues.front().message; }
};

inline Refusal refusal(std::string message, std::string pointer = {}) {
  return Refusal{{Issue{std::move(pointer), std::move(message)}}};
}

template <class T> class [[nodiscard]] Result {
public:
  Result(T value) : value_(std::move(value)) {} // NOLINT: a value is a success
  Result(Refusal refused) : refused_(std::move(refused)) {}

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

  const Refusal& refusal() const { return *refused_; }
  // The reasons of a refusal; none for a success.
  const Issues& issues() const { return refused_ ? refused_->issues : no_issues(); }
  const std::string& message() const { return refused_->message(); }

private:
  static const Issues& no_issues() {
    static const Issues none;
    return none;
  }
  std::optional<T> value_;
  std::optional<Refusal> refused_;
};

// An operation without a value: done, or refused.
template <> class [[nodiscard]] Result<void> {
public:
  Result() = default;
  Result(Refusal refused) : refused_(std::move(refused)) {}

  bool ok() const { return !refused_.has_value(); }
  explicit operator bool() const { return ok(); }

  const Refusal& refusal() const { return *refused_; }
  const Issues& issues() const {
    static const Issues none;
    return refused_ ? refused_->issues : none;
  }
  const std::string& message() const { return refused_->message(); }

private:
  std::optional<Refusal> refused_;
};

using Status = Result<void>;

} // namespace vth
