CREATE TYPE "public"."activity_kind" AS ENUM('letter', 'op_ed', 'input', 'consultation_response', 'seminar', 'dialogue_meeting', 'workshop', 'meeting', 'report', 'other');--> statement-breakpoint
CREATE TYPE "public"."measure_priority" AS ENUM('possible', 'prioritised');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('council', 'government');--> statement-breakpoint
CREATE TYPE "public"."work_status" AS ENUM('planned', 'ongoing', 'done', 'stopped');--> statement-breakpoint
CREATE TYPE "public"."council_input" AS ENUM('none', 'input', 'consultation_response');--> statement-breakpoint
CREATE TYPE "public"."policy_kind" AS ENUM('white_paper', 'strategy', 'official_report', 'regulation', 'consultation', 'action_plan', 'other');--> statement-breakpoint
CREATE TYPE "public"."statement_kind" AS ENUM('consultation_response', 'input', 'letter', 'op_ed');--> statement-breakpoint
CREATE TABLE "plan_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"measure_id" uuid,
	"description" text NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" "work_status" DEFAULT 'planned' NOT NULL,
	"comments" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"overall_goal" text DEFAULT '' NOT NULL,
	"sub_goals" text[] DEFAULT '{}' NOT NULL,
	"qualification" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_case_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"activity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_case_links_key" UNIQUE NULLS NOT DISTINCT("case_id","area_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "plan_goal_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"case_id" uuid,
	"user_id" uuid,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"priority" "measure_priority",
	"responsible" text DEFAULT '' NOT NULL,
	"contributors" text[] DEFAULT '{}' NOT NULL,
	"status" "work_status" DEFAULT 'planned' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_reference_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"kind" "plan_kind" NOT NULL,
	"title" text NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"policy_document_id" uuid,
	"kind" "statement_kind" NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"sent_on" date,
	"exemption_basis" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"kind" "policy_kind" NOT NULL,
	"ministry" text DEFAULT '' NOT NULL,
	"launch_text" text DEFAULT '' NOT NULL,
	"launch_from" date,
	"launch_to" date,
	"council_input" "council_input" DEFAULT 'none' NOT NULL,
	"input_date" date,
	"deadline_text" text DEFAULT '' NOT NULL,
	"deadline_from" date,
	"deadline_to" date,
	"reminder_days" integer DEFAULT 14 NOT NULL,
	"proposed_follow_up" text DEFAULT '' NOT NULL,
	"status" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"archived_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_reminders" (
	"policy_document_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_reminders_policy_document_id_deadline_pk" PRIMARY KEY("policy_document_id","deadline")
);
--> statement-breakpoint
CREATE TABLE "policy_working_group" (
	"policy_document_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "policy_working_group_policy_document_id_user_id_pk" PRIMARY KEY("policy_document_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_area_id_plan_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."plan_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_activities" ADD CONSTRAINT "plan_activities_measure_id_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plan_measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_areas" ADD CONSTRAINT "plan_areas_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_areas" ADD CONSTRAINT "plan_areas_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_case_links" ADD CONSTRAINT "plan_case_links_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_case_links" ADD CONSTRAINT "plan_case_links_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_case_links" ADD CONSTRAINT "plan_case_links_area_id_plan_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."plan_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_case_links" ADD CONSTRAINT "plan_case_links_activity_id_plan_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."plan_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal_changes" ADD CONSTRAINT "plan_goal_changes_area_id_plan_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."plan_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal_changes" ADD CONSTRAINT "plan_goal_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal_changes" ADD CONSTRAINT "plan_goal_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measures" ADD CONSTRAINT "plan_measures_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measures" ADD CONSTRAINT "plan_measures_area_id_plan_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."plan_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reference_group" ADD CONSTRAINT "plan_reference_group_area_id_plan_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."plan_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reference_group" ADD CONSTRAINT "plan_reference_group_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_statements" ADD CONSTRAINT "council_statements_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_statements" ADD CONSTRAINT "council_statements_policy_document_id_policy_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_reminders" ADD CONSTRAINT "policy_reminders_policy_document_id_policy_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_working_group" ADD CONSTRAINT "policy_working_group_policy_document_id_policy_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_working_group" ADD CONSTRAINT "policy_working_group_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_activities_area_idx" ON "plan_activities" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "plan_areas_plan_idx" ON "plan_areas" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_case_links_case_idx" ON "plan_case_links" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "plan_case_links_area_idx" ON "plan_case_links" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "plan_goal_changes_area_idx" ON "plan_goal_changes" USING btree ("area_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_measures_area_idx" ON "plan_measures" USING btree ("area_id","position");--> statement-breakpoint
CREATE INDEX "plan_reference_group_area_idx" ON "plan_reference_group" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "plans_council_idx" ON "plans" USING btree ("council_id","kind");--> statement-breakpoint
CREATE INDEX "council_statements_council_idx" ON "council_statements" USING btree ("council_id","sent_on");--> statement-breakpoint
CREATE INDEX "policy_documents_council_idx" ON "policy_documents" USING btree ("council_id","deadline_to");