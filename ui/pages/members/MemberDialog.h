// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"
#include "util/Result.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Club::Ui {

class DateEdit;
class DigitLineEdit;
class FieldErrors;
class UiContext;

// Registers a member or edits one. Save goes through MemberService: a field the service
// refuses gets its message underneath and the focus, nothing is saved and the dialog
// stays open; a mobile or national code another member has offers to open that member.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // A new member.
    explicit MemberDialog(UiContext &context, QWidget *parent = nullptr);
    // Editing member.
    MemberDialog(UiContext &context, const Core::Member &member, QWidget *parent = nullptr);

    // Run the dialog; the member as saved, or nothing when cancelled (or when the
    // operator chose to open an existing member instead).
    static std::optional<Core::Member> createMember(UiContext &context, QWidget *parent);
    static std::optional<Core::Member> editMember(UiContext &context, qint64 memberId, QWidget *parent);

    bool isNew() const { return m_member.id == Core::kNoId; }
    // What the form holds now, as a member draft.
    Core::Member draft() const;
    // The member saved by save(), when it succeeded.
    const std::optional<Core::Member> &savedMember() const { return m_saved; }
    FieldErrors &fieldErrors() const { return *m_errors; }

    void setReferrer(qint64 memberId, const QString &name);

public Q_SLOTS:
    // Saves and closes on success; what the Save button does.
    bool save();

private:
    void build();
    void load(const Core::Member &member);
    void loadGroups();
    void chooseReferrer();
    bool offerExisting(const Core::Error &error);

    UiContext &m_context;
    Core::Member m_member;
    std::optional<Core::Member> m_saved;
    FieldErrors *m_errors = nullptr;

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    DigitLineEdit *m_mobile = nullptr;
    DigitLineEdit *m_nationalCode = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_gender = nullptr;
    DateEdit *m_birthDate = nullptr;
    DateEdit *m_marriageDate = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_referrer = nullptr;
    qint64 m_referrerId = 0;
    QListWidget *m_groups = nullptr;
    QLabel *m_tier = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_language = nullptr; // messages: the store's language, fa, ar or en
    QCheckBox *m_smsOptOut = nullptr;
    QCheckBox *m_emailOptOut = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Club::Ui
