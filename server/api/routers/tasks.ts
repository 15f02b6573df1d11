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
import {
  ZTasksCreateOutputSchema,
  ZTasksDeleteOutputSchema,
  ZTasksForSubjectOutputSchema,
  ZTasksMineOutputSchema,
  ZTasksSetStatusOutputSchema,
  ZTasksUpdateOutputSchema,
} from "~/server/services/tasks/tasks.types";
import { createTRPCRouter, permissionProcedure } from "../trpc";

const coalition = permissionProcedure("collaboration.participate");

export const tasksRouter = createTRPCRouter({
  /** Tasks assigned to me: open first, soonest due first. */
  mine: coalition
    .input(ZMyTasksInputSchema)
    .output(ZTasksMineOutputSchema)
    .query(({ ctx, input }) => listMyTasks({ ctx, input })),
  forSubject: coalition
    .input(ZSubjectInputSchema)
    .output(ZTasksForSubjectOutputSchema)
    .query(({ ctx, input }) => listSubjectTasks({ ctx, input })),
  create: coalition
    .input(ZCreateTaskInputSchema)
    .output(ZTasksCreateOutputSchema)
    .mutation(({ ctx, input }) => createTask({ ctx, input })),
  update: coalition
    .input(ZUpdateTaskInputSchema)
    .output(ZTasksUpdateOutputSchema)
    .mutation(({ ctx, input }) => updateTask({ ctx, input })),
  /** Complete, reopen or cancel. */
  setStatus: coalition
    .input(ZSetTaskStatusInputSchema)
    .output(ZTasksSetStatusOutputSchema)
    .mutation(({ ctx, input }) => setTaskStatus({ ctx, input })),
  delete: coalition
    .input(ZTaskIdInputSchema)
    .output(ZTasksDeleteOutputSchema)
    .mutation(({ ctx, input }) => deleteTask({ ctx, input })),
});
