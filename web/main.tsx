import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './styles.css';
import './case-paper.css';
import './minutes.css';
import './conflicts.css';
import './imports.css';
import './search.css';
import './plans.css';
import './policy.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider, RequireAuth } from './auth.tsx';
import { Loading } from './components/ErrorAlert.tsx';
import { Layout } from './components/Layout.tsx';
import { AuditLogPage } from './routes/AuditLogPage.tsx';
import { CouncilPage } from './routes/CouncilPage.tsx';
import { CouncilSettingsPage } from './routes/CouncilSettingsPage.tsx';
import { DecisionsPage } from './routes/DecisionsPage.tsx';
import { FollowUpsPage } from './routes/FollowUpsPage.tsx';
import { HomePage } from './routes/HomePage.tsx';
import { LoginPage } from './routes/LoginPage.tsx';
import { MeetingPage } from './routes/MeetingPage.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { NotificationsPage } from './routes/NotificationsPage.tsx';

// The case editor carries the rich-text editor; load it only when a case is opened.
const CasePage = lazy(() => import('./routes/CasePage.tsx').then((m) => ({ default: m.CasePage })));
const MinutesPage = lazy(() =>
  import('./routes/MinutesPage.tsx').then((m) => ({ default: m.MinutesPage })),
);

// Conflict of interest (habilitet): interests, organisations, a meeting's record, the overview.
const InterestsPage = lazy(() =>
  import('./routes/InterestsPage.tsx').then((m) => ({ default: m.InterestsPage })),
);
const OrganisationsPage = lazy(() =>
  import('./routes/OrganisationsPage.tsx').then((m) => ({ default: m.OrganisationsPage })),
);
const MeetingConflictsPage = lazy(() =>
  import('./routes/MeetingConflictsPage.tsx').then((m) => ({ default: m.MeetingConflictsPage })),
);
const ConflictAssessmentsPage = lazy(() =>
  import('./routes/ConflictAssessmentsPage.tsx').then((m) => ({
    default: m.ConflictAssessmentsPage,
  })),
);

// Importing archive papers: upload, review and confirm.
const ImportsPage = lazy(() =>
  import('./routes/ImportsPage.tsx').then((m) => ({ default: m.ImportsPage })),
);
const ImportReviewPage = lazy(() =>
  import('./routes/ImportReviewPage.tsx').then((m) => ({ default: m.ImportReviewPage })),
);

// The archive search: hits with filters, and a subject through the years.
const SearchPage = lazy(() =>
  import('./routes/SearchPage.tsx').then((m) => ({ default: m.SearchPage })),
);
const TopicPage = lazy(() =>
  import('./routes/TopicPage.tsx').then((m) => ({ default: m.TopicPage })),
);

const AccountPage = lazy(() =>
  import('./routes/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);

// The action plans: the plan with its areas and activities, one area, a meeting's status overview.
const ActionPlanPage = lazy(() =>
  import('./routes/ActionPlanPage.tsx').then((m) => ({ default: m.ActionPlanPage })),
);
const PlanAreaPage = lazy(() =>
  import('./routes/PlanAreaPage.tsx').then((m) => ({ default: m.PlanAreaPage })),
);
const PlanStatusPage = lazy(() =>
  import('./routes/PlanStatusPage.tsx').then((m) => ({ default: m.PlanStatusPage })),
);

// The register of policy documents, the council's statements, a meeting's policy overview.
const PolicyRegisterPage = lazy(() =>
  import('./routes/PolicyRegisterPage.tsx').then((m) => ({ default: m.PolicyRegisterPage })),
);
const PolicyDocumentPage = lazy(() =>
  import('./routes/PolicyDocumentPage.tsx').then((m) => ({ default: m.PolicyDocumentPage })),
);
const StatementsPage = lazy(() =>
  import('./routes/StatementsPage.tsx').then((m) => ({ default: m.StatementsPage })),
);
const PolicyOverviewPage = lazy(() =>
  import('./routes/PolicyOverviewPage.tsx').then((m) => ({ default: m.PolicyOverviewPage })),
);

// The monitor's editors: datasets and their imports, indicators, and the newsletter.
const MonitorPage = lazy(() =>
  import('./routes/MonitorPage.tsx').then((m) => ({ default: m.MonitorPage })),
);
const MonitorImportPage = lazy(() =>
  import('./routes/MonitorImportPage.tsx').then((m) => ({ default: m.MonitorImportPage })),
);
const MonitorDatasetPage = lazy(() =>
  import('./routes/MonitorDatasetPage.tsx').then((m) => ({ default: m.MonitorDatasetPage })),
);
const MonitorIndicatorPage = lazy(() =>
  import('./routes/MonitorIndicatorPage.tsx').then((m) => ({ default: m.MonitorIndicatorPage })),
);
const NewsletterPage = lazy(() =>
  import('./routes/NewsletterPage.tsx').then((m) => ({ default: m.NewsletterPage })),
);

const guard = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;
const lazyGuard = (element: React.ReactNode, what: string) =>
  guard(<Suspense fallback={<Loading what={what} />}>{element}</Suspense>);

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/', element: guard(<HomePage />) },
      { path: '/councils/:councilId', element: guard(<CouncilPage />) },
      { path: '/councils/:councilId/settings', element: guard(<CouncilSettingsPage />) },
      { path: '/councils/:councilId/decisions', element: guard(<DecisionsPage />) },
      { path: '/councils/:councilId/audit', element: guard(<AuditLogPage />) },
      { path: '/councils/:councilId/follow-ups', element: guard(<FollowUpsPage />) },
      {
        path: '/councils/:councilId/interests',
        element: lazyGuard(<InterestsPage />, 'interessene'),
      },
      {
        path: '/councils/:councilId/organisations',
        element: lazyGuard(<OrganisationsPage />, 'organisasjonene'),
      },
      {
        path: '/councils/:councilId/conflict-assessments',
        element: lazyGuard(<ConflictAssessmentsPage />, 'vurderingene'),
      },
      {
        path: '/councils/:councilId/imports',
        element: lazyGuard(<ImportsPage />, 'importene'),
      },
      { path: '/imports/:importId', element: lazyGuard(<ImportReviewPage />, 'importen') },
      { path: '/meetings/:meetingId', element: guard(<MeetingPage />) },
      {
        path: '/meetings/:meetingId/conflicts',
        element: lazyGuard(<MeetingConflictsPage />, 'habilitet'),
      },
      {
        path: '/meetings/:meetingId/minutes',
        element: guard(
          <Suspense fallback={<Loading what="referatet" />}>
            <MinutesPage />
          </Suspense>,
        ),
      },
      {
        path: '/councils/:councilId/plans',
        element: lazyGuard(<ActionPlanPage />, 'handlingsplanen'),
      },
      { path: '/plans/:planId', element: lazyGuard(<ActionPlanPage />, 'handlingsplanen') },
      {
        path: '/plans/:planId/areas/:areaId',
        element: lazyGuard(<PlanAreaPage />, 'hovedområdet'),
      },
      {
        path: '/meetings/:meetingId/plan-status',
        element: lazyGuard(<PlanStatusPage />, 'statusoversikten'),
      },
      {
        path: '/councils/:councilId/policy',
        element: lazyGuard(<PolicyRegisterPage />, 'registeret'),
      },
      {
        path: '/policy-documents/:policyDocumentId',
        element: lazyGuard(<PolicyDocumentPage />, 'dokumentet'),
      },
      {
        path: '/councils/:councilId/statements',
        element: lazyGuard(<StatementsPage />, 'innspillene'),
      },
      {
        path: '/meetings/:meetingId/policy-overview',
        element: lazyGuard(<PolicyOverviewPage />, 'oversikten'),
      },
      {
        path: '/councils/:councilId/monitor',
        element: lazyGuard(<MonitorPage />, 'monitoren'),
      },
      {
        path: '/councils/:councilId/monitor/import',
        element: lazyGuard(<MonitorImportPage />, 'importen'),
      },
      {
        path: '/councils/:councilId/monitor/indicators/new',
        element: lazyGuard(<MonitorIndicatorPage />, 'indikatoren'),
      },
      {
        path: '/councils/:councilId/monitor/newsletters',
        element: lazyGuard(<NewsletterPage />, 'nyhetsbrevene'),
      },
      {
        path: '/monitor/datasets/:datasetId',
        element: lazyGuard(<MonitorDatasetPage />, 'datasettet'),
      },
      {
        path: '/monitor/datasets/:datasetId/import',
        element: lazyGuard(<MonitorImportPage />, 'importen'),
      },
      {
        path: '/monitor/indicators/:indicatorId',
        element: lazyGuard(<MonitorIndicatorPage />, 'indikatoren'),
      },
      { path: '/notifications', element: guard(<NotificationsPage />) },
      { path: '/account', element: lazyGuard(<AccountPage />, 'kontoen') },
      { path: '/search', element: lazyGuard(<SearchPage />, 'søket') },
      { path: '/search/topic', element: lazyGuard(<TopicPage />, 'tidslinjen') },
      {
        path: '/cases/:caseId',
        element: guard(
          <Suspense fallback={<Loading what="saken" />}>
            <CasePage />
          </Suspense>,
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

const root = document.getElementById('root');
if (!root) throw new Error('Mangler #root');
createRoot(root).render(
  <StrictMode>
    <AuthProvider>
      <RouterProvider router={router} />
    </AuthProvider>
  </StrictMode>,
);
