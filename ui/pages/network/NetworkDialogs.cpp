// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkDialogs.h"

#include "network/NetworkService.h"
#include "widgets/ErrorDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Club::Ui {

NetworkItemDialog::NetworkItemDialog(UiContext &context, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
{
    setWindowTitle(title);
    setMinimumWidth(380);
}

void NetworkItemDialog::accept()
{
    if (m_save && m_save())
        QDialog::accept();
}

namespace {
// Lays out the form's rows and OK/Cancel; the first input gets the focus.
void finish(QDialog *dialog, QFormLayout *form, QWidget *first)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    first->setFocus();
}
} // namespace

template<typename T> bool NetworkItemDialog::keep(const Core::Result<T> &saved, std::optional<T> &out)
{
    if (!saved) {
        m_errors->report(saved.error());
        return false;
    }
    out = *saved;
    return true;
}

std::optional<Core::Guild> NetworkItemDialog::editGuild(UiContext &context, const Core::Guild &draft, QWidget *parent)
{
    NetworkItemDialog d(context, draft.id == Core::kNoId ? tr("New guild") : tr("Edit guild"), parent);
    d.setObjectName(QStringLiteral("guildDialog"));
    auto *form = new QFormLayout;
    d.m_name = new QLineEdit(draft.name, &d);
    d.m_name->setObjectName(QStringLiteral("name"));
    d.m_errors->addRow(form, tr("&Name:"), d.m_name, QStringLiteral("name"));
    finish(&d, form, d.m_name);
    std::optional<Core::Guild> out;
    d.m_save = [&] {
        Core::Guild g = draft;
        g.name = d.m_name->text();
        return d.keep(context.network().saveGuild(context.actor(), g), out);
    };
    d.exec();
    return out;
}

std::optional<Core::Merchant>
NetworkItemDialog::editMerchant(UiContext &context, const Core::Merchant &draft, QWidget *parent)
{
    NetworkItemDialog d(context, draft.id == Core::kNoId ? tr("New merchant") : tr("Edit merchant"), parent);
    d.setObjectName(QStringLiteral("merchantDialog"));
    auto *form = new QFormLayout;
    d.m_name = new QLineEdit(draft.name, &d);
    d.m_name->setObjectName(QStringLiteral("name"));
    d.m_errors->addRow(form, tr("&Name:"), d.m_name, QStringLiteral("name"));
    d.m_choice = new QComboBox(&d);
    d.m_choice->setObjectName(QStringLiteral("guild"));
    d.m_choice->addItem(tr("(choose a guild)"), QVariant::fromValue<qint64>(Core::kNoId));
    const auto guilds = context.network().guilds(context.actor());
    if (guilds) {
        for (const Core::Guild &g : *guilds) {
            if (g.active || g.id == draft.guildId)
                d.m_choice->addItem(g.name, QVariant::fromValue<qint64>(g.id));
        }
    }
    d.m_choice->setCurrentIndex(qMax(0, d.m_choice->findData(QVariant::fromValue<qint64>(draft.guildId))));
    d.m_errors->addRow(form, tr("&Guild:"), d.m_choice, QStringLiteral("guildId"));
    d.m_noCrossSpend = new QCheckBox(tr("&Keep points here: do not take other merchants' points and do not let "
                                        "these be spent elsewhere"),
                                     &d);
    d.m_noCrossSpend->setObjectName(QStringLiteral("noCrossSpend"));
    d.m_noCrossSpend->setChecked(draft.noCrossSpend);
    form->addRow(d.m_noCrossSpend);
    finish(&d, form, d.m_name);
    std::optional<Core::Merchant> out;
    d.m_save = [&] {
        Core::Merchant m = draft;
        m.name = d.m_name->text();
        m.guildId = d.m_choice->currentData().toLongLong();
        m.noCrossSpend = d.m_noCrossSpend->isChecked();
        return d.keep(context.network().saveMerchant(context.actor(), m), out);
    };
    d.exec();
    return out;
}

std::optional<Core::NetworkBranch>
NetworkItemDialog::editBranch(UiContext &context, const Core::NetworkBranch &draft, QWidget *parent)
{
    NetworkItemDialog d(context, draft.id == Core::kNoId ? tr("New branch") : tr("Edit branch"), parent);
    d.setObjectName(QStringLiteral("branchDialog"));
    auto *form = new QFormLayout;
    d.m_code = new QLineEdit(draft.code, &d);
    d.m_code->setObjectName(QStringLiteral("code"));
    d.m_errors->addRow(form, tr("&Code:"), d.m_code, QStringLiteral("code"));
    d.m_name = new QLineEdit(draft.name, &d);
    d.m_name->setObjectName(QStringLiteral("name"));
    d.m_errors->addRow(form, tr("&Name:"), d.m_name, QStringLiteral("name"));
    d.m_choice = new QComboBox(&d);
    d.m_choice->setObjectName(QStringLiteral("merchant"));
    const auto merchants = context.network().merchants(context.actor());
    if (merchants) {
        for (const Core::Merchant &m : *merchants) {
            if (m.active || m.id == draft.merchantId)
                d.m_choice->addItem(m.name, QVariant::fromValue<qint64>(m.id));
        }
    }
    d.m_choice->setCurrentIndex(qMax(0, d.m_choice->findData(QVariant::fromValue<qint64>(draft.merchantId))));
    d.m_errors->addRow(form, tr("&Merchant:"), d.m_choice, QStringLiteral("merchantId"));
    finish(&d, form, d.m_code);
    std::optional<Core::NetworkBranch> out;
    d.m_save = [&] {
        Core::NetworkBranch b = draft;
        b.code = d.m_code->text();
        b.name = d.m_name->text();
        b.merchantId = d.m_choice->currentData().toLongLong();
        return d.keep(context.network().saveBranch(context.actor(), b), out);
    };
    d.exec();
    return out;
}

} // namespace Club::Ui
