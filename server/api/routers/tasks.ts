import { listMyTasks, listSubjectTasks } from "~/server/services/tasks/list-tasks";
import { createTask, deleteTask, setTaskStatus, updateTask } from "~/server/services/tasks/save-task";
import {
  ZCreateTaskInputSchema,
  ZMyTasksInputSchema,
  ZSetTaskStatusInputSchema,
  ZSubjectInputSchema,
  ZTaskIdInputSchema,
  ZUpdateTaskInputSchema,
} from "~/server/services/tasks/task-schemas";
import { createTRPCRouter, permissionProcedure } from "../trpc";

const coalition = permissionProcedure("collaboration.participate");

export const tasksRouter = createTRPCRouter({
  /** Tasks assigned to me: open first, soonest due first. */
  mine: coalition.input(ZMyTasksInputSchema).query(({ ctx, input }) => listMyTasks(ctx, input)),
  forSubject: coalition.input(ZSubjectInputSchema).query(({ ctx, input }) => listSubjectTasks(ctx, input)),
  create: coalition.input(ZCreateTaskInputSchema).mutation(({ ctx, input }) => createTask(ctx, input)),
  update: coalition.input(ZUpdateTaskInputSchema).mutation(({ ctx, input }) => updateTask(ctx, input)),
  /** Complete, reopen or cancel. */
  setStatus: coalition.input(ZSetTaskStatusInputSchema).mutation(({ ctx, input }) => setTaskStatus(ctx, input)),
  delete: coalition.input(ZTaskIdInputSchema).mutation(({ ctx, input }) => deleteTask(ctx, input)),
});
