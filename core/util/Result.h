// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Club::Core {

// Why an operation failed. `message` is already translated for the operator;
// `detail` is for the log only (never shown, never contains secrets).
struct Error
{
    enum class Code {
        Invalid,          // bad input, caught by validation
        NotFound,
        Duplicate,        // unique value already taken (mobile, national code, username...)
        Forbidden,        // the operator's role does not allow it
        Conflict,         // state does not allow it (blocked card, insufficient balance...)
        InsufficientFunds,
        Locked,           // PIN locked, account locked
        Storage,          // database failure
        Unsupported,      // schema newer than the app, unknown engine...
    };

    Code code = Code::Invalid;
    QString message;
    QString detail;
    QString field; // the input field at fault, for inline errors; empty when none
    qint64 relatedId = 0; // e.g. the member that already has this mobile, so the UI can offer to open it

    static Error make(Code code, const QString &message, const QString &detail = {}, const QString &field = {})
    {
        return Error{code, message, detail, field};
    }

    // Bad input caught by validation; field names the input at fault, for the form to mark.
    static Error invalid(const QString &message, const QString &field = {})
    {
        return make(Code::Invalid, message, {}, field);
    }
};

// A value or an Error. No exceptions cross layers.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Club::Core
