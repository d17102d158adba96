CREATE TYPE "public"."monitor_chart_type" AS ENUM('line', 'bar', 'stacked_bar', 'table', 'heatmap');--> statement-breakpoint
CREATE TYPE "public"."monitor_dataset_source" AS ENUM('jsonstat', 'csv', 'xlsx', 'pxweb', 'hrcs', 'demo');--> statement-breakpoint
CREATE TYPE "public"."monitor_theme" AS ENUM('resources', 'results', 'disease_burden', 'clinical_trials', 'user_involvement', 'innovation');--> statement-breakpoint
CREATE TYPE "public"."monitor_subscriber_status" AS ENUM('pending', 'confirmed', 'unsubscribed');--> statement-breakpoint
CREATE TABLE "monitor_hrcs_portfolios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"dataset_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_hrcs_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"portfolio_id" uuid NOT NULL,
	"project_code" text NOT NULL,
	"title" text NOT NULL,
	"funder" text NOT NULL,
	"sector" text DEFAULT '' NOT NULL,
	"year" integer NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"health_categories" jsonb NOT NULL,
	"research_activities" jsonb NOT NULL,
	CONSTRAINT "monitor_hrcs_projects_code_uq" UNIQUE("portfolio_id","project_code","year")
);
--> statement-breakpoint
CREATE TABLE "monitor_dataset_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"label" text,
	"source" text,
	"updated" text,
	"note" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"dimensions" jsonb NOT NULL,
	"values" "bytea" NOT NULL,
	"status" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cells" integer NOT NULL,
	"missing" integer NOT NULL,
	"changes" jsonb,
	"file_name" text DEFAULT '' NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_dataset_versions_number_uq" UNIQUE("dataset_id","number")
);
--> statement-breakpoint
CREATE TABLE "monitor_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" "monitor_dataset_source" NOT NULL,
	"source_text" text DEFAULT '' NOT NULL,
	"px_table_id" text,
	"px_selection" jsonb,
	"is_demo" boolean DEFAULT false NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_import_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"dataset_id" uuid,
	"format" "monitor_dataset_source" NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"mapping" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_indicator_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"plan_area_id" uuid,
	"plan_measure_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_indicator_links_area_uq" UNIQUE("indicator_id","plan_area_id"),
	CONSTRAINT "monitor_indicator_links_measure_uq" UNIQUE("indicator_id","plan_measure_id"),
	CONSTRAINT "monitor_indicator_links_one_target" CHECK (("monitor_indicator_links"."plan_area_id" IS NULL) <> ("monitor_indicator_links"."plan_measure_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "monitor_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"title_nn" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_nn" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"source_text" text DEFAULT '' NOT NULL,
	"definitions" text DEFAULT '' NOT NULL,
	"footnotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"not_summable" boolean DEFAULT false NOT NULL,
	"theme" "monitor_theme" NOT NULL,
	"sectors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"spec" jsonb NOT NULL,
	"chart_type" "monitor_chart_type" NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_indicators_slug_uq" UNIQUE("council_id","slug")
);
--> statement-breakpoint
CREATE TABLE "monitor_newsletter_deliveries" (
	"newsletter_id" uuid NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_newsletter_deliveries_newsletter_id_subscriber_id_pk" PRIMARY KEY("newsletter_id","subscriber_id")
);
--> statement-breakpoint
CREATE TABLE "monitor_newsletter_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"email" text NOT NULL,
	"status" "monitor_subscriber_status" DEFAULT 'pending' NOT NULL,
	"confirm_token_hash" text NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_newsletter_subscribers_email_uq" UNIQUE("council_id","email")
);
--> statement-breakpoint
CREATE TABLE "monitor_newsletters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"blocks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitor_hrcs_portfolios" ADD CONSTRAINT "monitor_hrcs_portfolios_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_hrcs_portfolios" ADD CONSTRAINT "monitor_hrcs_portfolios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_hrcs_projects" ADD CONSTRAINT "monitor_hrcs_projects_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_hrcs_projects" ADD CONSTRAINT "monitor_hrcs_projects_portfolio_id_monitor_hrcs_portfolios_id_fk" FOREIGN KEY ("portfolio_id") REFERENCES "public"."monitor_hrcs_portfolios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_dataset_versions" ADD CONSTRAINT "monitor_dataset_versions_dataset_id_monitor_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."monitor_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_dataset_versions" ADD CONSTRAINT "monitor_dataset_versions_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_dataset_versions" ADD CONSTRAINT "monitor_dataset_versions_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_datasets" ADD CONSTRAINT "monitor_datasets_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_import_drafts" ADD CONSTRAINT "monitor_import_drafts_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_import_drafts" ADD CONSTRAINT "monitor_import_drafts_dataset_id_monitor_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."monitor_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_import_drafts" ADD CONSTRAINT "monitor_import_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_indicator_links" ADD CONSTRAINT "monitor_indicator_links_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_indicator_links" ADD CONSTRAINT "monitor_indicator_links_indicator_id_monitor_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."monitor_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_indicator_links" ADD CONSTRAINT "monitor_indicator_links_plan_area_id_plan_areas_id_fk" FOREIGN KEY ("plan_area_id") REFERENCES "public"."plan_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_indicator_links" ADD CONSTRAINT "monitor_indicator_links_plan_measure_id_plan_measures_id_fk" FOREIGN KEY ("plan_measure_id") REFERENCES "public"."plan_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_indicators" ADD CONSTRAINT "monitor_indicators_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_indicators" ADD CONSTRAINT "monitor_indicators_dataset_id_monitor_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."monitor_datasets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_newsletter_deliveries" ADD CONSTRAINT "monitor_newsletter_deliveries_newsletter_id_monitor_newsletters_id_fk" FOREIGN KEY ("newsletter_id") REFERENCES "public"."monitor_newsletters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_newsletter_deliveries" ADD CONSTRAINT "monitor_newsletter_deliveries_subscriber_id_monitor_newsletter_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."monitor_newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_newsletter_subscribers" ADD CONSTRAINT "monitor_newsletter_subscribers_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_newsletters" ADD CONSTRAINT "monitor_newsletters_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_newsletters" ADD CONSTRAINT "monitor_newsletters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_datasets_council_idx" ON "monitor_datasets" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "monitor_indicator_links_area_idx" ON "monitor_indicator_links" USING btree ("plan_area_id");--> statement-breakpoint
CREATE INDEX "monitor_indicator_links_measure_idx" ON "monitor_indicator_links" USING btree ("plan_measure_id");--> statement-breakpoint
CREATE INDEX "monitor_indicators_dataset_idx" ON "monitor_indicators" USING btree ("dataset_id");--> statement-breakpoint
CREATE INDEX "monitor_newsletters_council_idx" ON "monitor_newsletters" USING btree ("council_id");