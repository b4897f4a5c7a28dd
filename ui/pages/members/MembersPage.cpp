// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersPage.h"
#include "messaging/SegmentService.h"

#include "MemberDialog.h"
#include "MemberCardsPanel.h"
#include "MemberView.h"
#include "cards/CardService.h"
#include "models/TableViews.h"
#include "models/MemberSearchModel.h"
#include "util/Text.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kDebounceMs = 250;

// Digits only (any script, spaces and dashes allowed) and long enough to be a card number.
bool looksLikeCardNumber(const QString &text)
{
    static const QRegularExpression cardShape(QStringLiteral("^[0-9]{12,19}$"));
    QString digits = Core::Text::toLatinDigits(text);
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return cardShape.match(digits).hasMatch();
}
} // namespace

MembersPage::MembersPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new MemberSearchModel(context, this))
    , m_stack(new QStackedWidget(this))
    , m_searchPage(new QWidget(m_stack))
    , m_search(new QLineEdit(m_searchPage))
    , m_includeInactive(new QCheckBox(tr("Show &inactive members"), m_searchPage))
    , m_segment(new QComboBox(m_searchPage))
    , m_new(new QPushButton(tr("&New Member…"), m_searchPage))
    , m_results(new QTableView(m_searchPage))
    , m_status(new QLabel(m_searchPage))
    , m_debounce(new QTimer(this))
    , m_view(new MemberView(context, m_stack))
{
    m_model->setIncludeInactive(false);

    auto *searchLabel = new QLabel(tr("&Search:"), m_searchPage);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Name, mobile, national code or card number"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_includeInactive->setObjectName(QStringLiteral("includeInactive"));
    m_new->setObjectName(QStringLiteral("newMember"));
    m_new->setToolTip(
        tr("Register a new member (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_results->setObjectName(QStringLiteral("memberResults"));
    TableViews::setUp(m_results, m_model);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_segment);
    searchRow->addWidget(m_includeInactive);
    searchRow->addWidget(m_new);
    auto *searchLayout = new QVBoxLayout(m_searchPage);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addLayout(searchRow);
    searchLayout->addWidget(m_results, 1);
    searchLayout->addWidget(m_status);

    m_stack->addWidget(m_searchPage);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MembersPage::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &MembersPage::searchEntered);
    m_segment->setObjectName(QStringLiteral("memberSegment"));
    m_segment->setToolTip(tr("Show only the members of a saved segment"));
    connect(m_segment, &QComboBox::activated, this, [this] {
        m_model->setSegment(m_segment->currentData().isValid() ? m_segment->currentData().toLongLong() : Core::kNoId);
        searchNow();
    });
    connect(m_includeInactive, &QCheckBox::toggled, this, [this](bool include) {
        m_model->setIncludeInactive(include);
        searchNow();
    });
    // Enter and double-click open the member.
    connect(m_results, &QTableView::activated, this, &MembersPage::openSelected);
    connect(m_new, &QPushButton::clicked, this, &MembersPage::newMember);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, &MembersPage::newMember);
    connect(m_view, &MemberView::backRequested, this, &MembersPage::focusSearch);
    connect(&context, &UiContext::actorChanged, this, &MembersPage::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_results->selectionModel()->hasSelection())
            TableViews::selectRow(m_results, 0);
    });
}

QString MembersPage::title() const
{
    //: Side bar page title
    return tr("Members");
}

QIcon MembersPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/members.svg"));
}

void MembersPage::activate()
{
    const bool canWrite = context().can(Core::Permission::MemberWrite);
    m_new->setVisible(canWrite);
    if (isShowingMember())
        return;
    reloadSegments();
    searchNow();
    m_search->setFocus();
}

bool MembersPage::isShowingMember() const
{
    return m_stack->currentWidget() == m_view;
}

void MembersPage::reloadSegments()
{
    const QVariant current = m_segment->currentData();
    m_segment->clear();
    //: Members page: no segment filter
    m_segment->addItem(tr("All members"));
    if (const auto segments = context().segments().segments(context().actor())) {
        for (const Core::Segment &s : *segments)
            m_segment->addItem(s.name, s.id);
    }
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(current)));
    m_segment->setVisible(m_segment->count() > 1);
    m_model->setSegment(m_segment->currentData().isValid() ? m_segment->currentData().toLongLong() : Core::kNoId);
}

void MembersPage::searchNow()
{
    m_debounce->stop();
    const Core::Status found = m_model->search(m_search->text().trimmed());
    if (!found) {
        m_status->setText(found.error().message);
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_status->setText(m_search->text().trimmed().isEmpty()
                              ? tr("No members yet. Register the first with New Member.")
                              : tr("No member found."));
    else if (rows >= m_model->limit())
        // The list stops at its limit: say so, rather than a count that looks like the whole club.
        m_status->setText(m_search->text().trimmed().isEmpty()
                              ? tr("The %Ln newest members are shown. Type a name, mobile or card number to find "
                                   "others.", nullptr, rows)
                              : tr("The first %Ln matches are shown. Type more to narrow the search.", nullptr, rows));
    else
        m_status->setText(tr("%Ln member(s)", nullptr, rows));
}

void MembersPage::searchEntered()
{
    if (m_debounce->isActive() || m_model->query() != m_search->text().trimmed())
        searchNow();
    const QString text = m_search->text().trimmed();
    if (m_model->rowCount() > 0) {
        // The first result is selected as the list fills, and the arrows move it: Enter
        // opens whichever the operator sees highlighted.
        if (!m_results->selectionModel()->hasSelection())
            TableViews::selectRow(m_results, 0);
        openSelected();
        return;
    }
    if (looksLikeCardNumber(text)) {
        // A swiped or typed card number that the search did not match by itself.
        Core::Result<Core::Card> card = context().cards().findByNumber(context().actor(), text);
        if (card) {
            openMember(card->memberId);
            return;
        }
        m_status->setText(card.error().message);
    }
}

void MembersPage::openSelected()
{
    const int selectedRow = TableViews::selectedRow(m_results);
    if (selectedRow >= 0)
        openMember(m_model->memberId(selectedRow));
}

void MembersPage::openMember(qint64 memberId)
{
    if (memberId == Core::kNoId)
        return;
    m_view->showMember(memberId);
    m_stack->setCurrentWidget(m_view);
    m_view->cardsPanel()->setFocus();
}

void MembersPage::focusSearch()
{
    m_stack->setCurrentWidget(m_searchPage);
    m_search->setFocus();
    m_search->selectAll();
}

void MembersPage::newMember()
{
    if (!context().can(Core::Permission::MemberWrite))
        return;
    if (std::optional<Core::Member> created = MemberDialog::createMember(context(), this))
        openMember(created->id);
}

bool MembersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            // The arrows walk the results while the cursor stays in the search field.
            QApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace Club::Ui
