// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiContext.h"
#include "network/Network.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Club::Ui {

class FieldErrors;

// The add/edit form of a guild, merchant or branch. It saves through the network service
// on OK and stays open with the error under its field when the service refuses.
class NetworkItemDialog : public QDialog
{
    Q_OBJECT

public:
    static std::optional<Core::Guild> editGuild(UiContext &context, const Core::Guild &draft, QWidget *parent);
    static std::optional<Core::Merchant> editMerchant(UiContext &context, const Core::Merchant &draft,
                                                      QWidget *parent);
    static std::optional<Core::NetworkBranch> editBranch(UiContext &context, const Core::NetworkBranch &draft,
                                                         QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *choice() const { return m_choice; }
    QCheckBox *noCrossSpend() const { return m_noCrossSpend; }

private:
    NetworkItemDialog(UiContext &context, const QString &title, QWidget *parent);
    void accept() override;
    // Keeps what the service saved, or shows its error under the field at fault.
    template<typename T> bool keep(const Core::Result<T> &saved, std::optional<T> &out);

    UiContext &m_context;
    FieldErrors *m_errors = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_choice = nullptr;
    QCheckBox *m_noCrossSpend = nullptr;
    std::function<bool()> m_save; // true when saved; shows the error otherwise
};

} // namespace Club::Ui
